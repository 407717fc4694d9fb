<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>Sesión iniciada como {0}</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide everything until you type your password</source>
        <translation>Ocultar todo hasta que escriba su contraseña</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Iniciar sesión como &amp;otra persona…</translation>
    </message>
    <message>
        <source>Close your windows (note drafts are kept) and let another person sign in</source>
        <translation>Cerrar sus ventanas (los borradores de notas se guardan) y dejar que otra persona inicie sesión</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>Cuentas del &amp;personal…</translation>
    </message>
    <message>
        <source>Add staff, reset passwords, deactivate accounts, sign-in settings</source>
        <translation>Agregar personal, restablecer contraseñas, desactivar cuentas, ajustes de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reporta a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Waiting until {0} (failed sign-ins)</source>
        <translation>En espera hasta {0} (inicios de sesión fallidos)</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Aún sin contraseña</translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation>Debe elegir una contraseña</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>AgencySettings</name>
    <message>
        <source>&amp;Agency settings (working hours)…</source>
        <translation>Ajustes de la &amp;agencia (horario de trabajo)…</translation>
    </message>
    <message>
        <source>The agency&apos;s working days and hours, for the planning warnings</source>
        <translation>Los días y horas de trabajo de la agencia, para los avisos de planificación</translation>
    </message>
</context>
<context>
    <name>AgencySettingsDialog</name>
    <message>
        <source>Agency settings</source>
        <translation>Ajustes de la agencia</translation>
    </message>
    <message>
        <source>Visits planned on other days or at other times are flagged ⚠ in the calendar, in “This week” and when a visit is planned. The flag is a warning: a visit can still be planned outside these hours.</source>
        <translation>Las visitas planificadas en otros días u horas se marcan con ⚠ en el calendario, en «Esta semana» y al planificar una visita. La marca es un aviso: aun así se puede planificar una visita fuera de este horario.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>The working day starts at</source>
        <translation>La jornada empieza a las</translation>
    </message>
    <message>
        <source>The working day ends at</source>
        <translation>La jornada termina a las</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días hábiles:</translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation>La jornada &amp;empieza a las:</translation>
    </message>
    <message>
        <source>Day &amp;ends at:</source>
        <translation>La jornada &amp;termina a las:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Planned visits of my team this week</source>
        <translation>Visitas planificadas de mi equipo esta semana</translation>
    </message>
    <message>
        <source>Planned visits this week</source>
        <translation>Visitas planificadas esta semana</translation>
    </message>
    <message>
        <source>{count} planned, {flagged} flagged ⚠ (double booking, or outside working hours: {hours}). Double-click a visit to start its note.</source>
        <translation>{count} planificadas, {flagged} marcadas ⚠ (doble reserva, o fuera del horario de trabajo: {hours}). Haga doble clic en una visita para empezar su nota.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No visits planned</source>
        <translation>No hay visitas planificadas</translation>
    </message>
    <message>
        <source>Time not set</source>
        <translation>Sin hora fijada</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {text} (open since {day})</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; — {text} (abierta desde {day})</translation>
    </message>
    <message>
        <source>Record the follow-up in the family&apos;s Screenings tab.</source>
        <translation>Registre el seguimiento en la pestaña Tamizajes de la familia.</translation>
    </message>
</context>
<context>
    <name>AlertKind</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Positive screen</source>
        <translation>Tamizaje positivo</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed note</source>
        <translation>Enmendar la nota firmada</translation>
    </message>
    <message>
        <source>The signed note stays as it was. Your amendment is added below it, with your name, the time and the reason.</source>
        <translation>La nota firmada queda como estaba. Su enmienda se agrega debajo, con su nombre, la hora y el motivo.</translation>
    </message>
    <message>
        <source>e.g. Wrong name in the observation</source>
        <translation>p. ej., Nombre equivocado en la observación</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Amendment:</source>
        <translation>&amp;Enmienda:</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Agregar enmienda</translation>
    </message>
</context>
<context>
    <name>Amendments</name>
    <message>
        <source>Amended</source>
        <translation>Enmendada</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Amendments to this section</source>
        <translation>Enmiendas a esta sección</translation>
    </message>
</context>
<context>
    <name>AsqPage</name>
    <message>
        <source>Questionnaire:</source>
        <translation>Cuestionario:</translation>
    </message>
    <message>
        <source> of 60</source>
        <translation> de 60</translation>
    </message>
    <message>
        <source>{0} score</source>
        <translation>Puntaje de {0}</translation>
    </message>
    <message>
        <source>{0} result</source>
        <translation>Resultado de {0}</translation>
    </message>
</context>
<context>
    <name>AsqSePage</name>
    <message>
        <source>Questionnaire:</source>
        <translation>Cuestionario:</translation>
    </message>
    <message>
        <source>&amp;Total score:</source>
        <translation>Puntaje &amp;total:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
</context>
<context>
    <name>AttentionWords</name>
    <message numerus="yes">
        <source>%n urgent alert(s)</source>
        <translation>
            <numerusform>%n alerta urgente</numerusform>
            <numerusform>%n alertas urgentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positive screen(s) without follow-up</source>
        <translation>
            <numerusform>%n tamizaje positivo sin seguimiento</numerusform>
            <numerusform>%n tamizajes positivos sin seguimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral follow-up(s) overdue</source>
        <translation>
            <numerusform>%n seguimiento de derivación vencido</numerusform>
            <numerusform>%n seguimientos de derivación vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue screening(s)</source>
        <translation>
            <numerusform>%n tamizaje vencido</numerusform>
            <numerusform>%n tamizajes vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no visit in %n day(s)</source>
        <translation>
            <numerusform>sin visita en %n día</numerusform>
            <numerusform>sin visita en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>visit overdue since {0}</source>
        <translation>visita vencida desde el {0}</translation>
    </message>
    <message>
        <source>{0}% of visits</source>
        <translation>{0} % de las visitas</translation>
    </message>
    <message numerus="yes">
        <source>%n late note(s)</source>
        <translation>
            <numerusform>%n nota atrasada</numerusform>
            <numerusform>%n notas atrasadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Who did what to which record, and when</source>
        <translation>Quién hizo qué en cuál registro, y cuándo</translation>
    </message>
    <message>
        <source>&amp;Check audit trail…</source>
        <translation>&amp;Verificar el registro de auditoría…</translation>
    </message>
    <message>
        <source>Check that nothing in the audit trail or a signed note was changed elsewhere</source>
        <translation>Comprobar que nada del registro de auditoría ni de las notas firmadas se cambió fuera del programa</translation>
    </message>
    <message>
        <source>&amp;Who looked at this family…</source>
        <translation>¿&amp;Quién consultó esta familia?…</translation>
    </message>
    <message>
        <source>Everyone who opened, printed or changed the family&apos;s records</source>
        <translation>Todas las personas que abrieron, imprimieron o cambiaron los registros de la familia</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>%1 event(s) before event %2 (No. %3) deleted</source>
        <translation>%1 evento(s) borrado(s) antes del evento %2 (n.º %3)</translation>
    </message>
    <message>
        <source>event %1 (No. %2) no longer links to event %3: one of them was rewritten</source>
        <translation>el evento %1 (n.º %2) ya no enlaza con el evento %3: uno de los dos se reescribió</translation>
    </message>
    <message>
        <source>event %1 (No. %2) no longer links to the start of the lane: it was rewritten</source>
        <translation>el evento %1 (n.º %2) ya no enlaza con el inicio del carril: se reescribió</translation>
    </message>
    <message>
        <source>event %1 (No. %2) was changed after it was written: its content does not match its hash</source>
        <translation>el evento %1 (n.º %2) se cambió después de escribirse: su contenido no coincide con su hash</translation>
    </message>
    <message>
        <source>event No. %1 no longer has the hash you noted: the lane was rewritten up to there</source>
        <translation>el evento n.º %1 ya no tiene el hash que anotó: el carril se reescribió hasta ese punto</translation>
    </message>
    <message>
        <source>the last %1 event(s) of the lane (up to No. %2) deleted</source>
        <translation>borrado(s) el/los último(s) %1 evento(s) del carril (hasta el n.º %2)</translation>
    </message>
    <message>
        <source>the lane&apos;s head does not match its last event</source>
        <translation>la cabecera del carril no coincide con su último evento</translation>
    </message>
    <message>
        <source>event No. %1 is not in the lane</source>
        <translation>el evento n.º %1 no está en el carril</translation>
    </message>
    <message>
        <source>lane %1 is not in the chain</source>
        <translation>el carril %1 no está en la cadena</translation>
    </message>
    <message>
        <source>event %1 is not part of the chain: it was added outside the app</source>
        <translation>el evento %1 no forma parte de la cadena: se agregó fuera del programa</translation>
    </message>
    <message>
        <source>event %1 (No. %2) is past the lane&apos;s head: it was added outside the app</source>
        <translation>el evento %1 (n.º %2) está después de la cabecera del carril: se agregó fuera del programa</translation>
    </message>
    <message>
        <source>its seal was removed</source>
        <translation>se quitó su sello</translation>
    </message>
    <message>
        <source>its text or details differ from what was signed</source>
        <translation>su texto o sus datos difieren de lo que se firmó</translation>
    </message>
    <message>
        <source>its signature is missing from the audit trail</source>
        <translation>su firma falta en el registro de auditoría</translation>
    </message>
    <message>
        <source>its co-signature is missing from the audit trail</source>
        <translation>su cofirma falta en el registro de auditoría</translation>
    </message>
    <message>
        <source>its co-signature differs from the one recorded</source>
        <translation>su cofirma difiere de la registrada</translation>
    </message>
    <message>
        <source>its co-signature was removed</source>
        <translation>se quitó su cofirma</translation>
    </message>
    <message>
        <source>an amendment was deleted</source>
        <translation>se borró una enmienda</translation>
    </message>
    <message>
        <source>an audit event about it was deleted or moved</source>
        <translation>se borró o movió un evento de auditoría sobre ella</translation>
    </message>
    <message>
        <source>amendment %1 was added outside the app</source>
        <translation>la enmienda %1 se agregó fuera del programa</translation>
    </message>
    <message>
        <source>amendment %1 was changed</source>
        <translation>la enmienda %1 se cambió</translation>
    </message>
    <message>
        <source>audit event %1 about it was added outside the app</source>
        <translation>el evento de auditoría %1 sobre ella se agregó fuera del programa</translation>
    </message>
    <message>
        <source>audit event %1 about it was changed</source>
        <translation>el evento de auditoría %1 sobre ella se cambió</translation>
    </message>
    <message>
        <source>the audit trail just %1 event %2 was changed or cut</source>
        <translation>el registro de auditoría justo %1 del evento %2 se cambió o se cortó</translation>
    </message>
    <message>
        <source>audit event %1 does not match the recorded end of the audit trail</source>
        <translation>el evento de auditoría %1 no coincide con el final registrado del registro de auditoría</translation>
    </message>
    <message>
        <source>it was signed, but its signature was removed</source>
        <translation>se firmó, pero se quitó su firma</translation>
    </message>
    <message>
        <source>audit events after event %1 were removed</source>
        <translation>se quitaron eventos de auditoría posteriores al evento %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>El registro de auditoría está intacto.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside the app.</source>
        <translation>El registro de auditoría se cambió fuera del programa.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln event(s)</source>
        <translation>
            <numerusform>Se revisó %Ln evento</numerusform>
            <numerusform>Se revisaron %Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln signed note(s).</source>
        <translation>
            <numerusform>y %Ln nota firmada.</numerusform>
            <numerusform>y %Ln notas firmadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln broken link(s)</source>
        <translation>
            <numerusform>Se encontró %Ln enlace roto</numerusform>
            <numerusform>Se encontraron %Ln enlaces rotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln note(s) changed outside the app.</source>
        <translation>
            <numerusform>y %Ln nota cambiada fuera del programa.</numerusform>
            <numerusform>y %Ln notas cambiadas fuera del programa.</numerusform>
        </translation>
    </message>
    <message>
        <source>IMH Desktop: audit trail check</source>
        <translation>IMH Desktop: verificación del registro de auditoría</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>Head of the trail (for a later check): %1</source>
        <translation>Cabecera del registro (para una verificación posterior): %1</translation>
    </message>
    <message>
        <source>Broken links (lane, event No., what is wrong):</source>
        <translation>Enlaces rotos (carril, n.º de evento, qué está mal):</translation>
    </message>
    <message>
        <source>Signed notes changed outside the app (case number, visit date, problems):</source>
        <translation>Notas firmadas cambiadas fuera del programa (número de caso, fecha de la visita, problemas):</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>e.g. IMH-2026-0042, then Enter</source>
        <translation>p. ej., IMH-2026-0042, luego Intro</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Only the events of these days (your time)</source>
        <translation>Solo los eventos de estos días (su hora)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Find in the rows shown…</source>
        <translation>Buscar en las filas mostradas…</translation>
    </message>
    <message>
        <source>Find in the rows shown</source>
        <translation>Buscar en las filas mostradas</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Eventos mostrados</translation>
    </message>
    <message>
        <source>Check &amp;integrity…</source>
        <translation>Verificar &amp;integridad…</translation>
    </message>
    <message>
        <source>Check that nothing in the audit trail or a signed note was changed elsewhere</source>
        <translation>Comprobar que nada del registro de auditoría ni de las notas firmadas se cambió fuera del programa</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation>{0} eventos</translation>
    </message>
    <message>
        <source>{0} of {1} events</source>
        <translation>{0} de {1} eventos</translation>
    </message>
    <message>
        <source> (the newest only: narrow the filters to see older ones)</source>
        <translation> (solo los más recientes: ajuste los filtros para ver los anteriores)</translation>
    </message>
    <message>
        <source> · saved {0}</source>
        <translation> · guardado: {0}</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>Cofirmado</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Enmendado</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Reasignado</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Carried at closure</source>
        <translation>Mantenida al cierre</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Incluido en un informe</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Looked up by case number</source>
        <translation>Buscado por número de caso</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>Revisión de seguridad</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivado</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>Nota de visita</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Tamizaje</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Borrador de nota</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Usuario del personal</translation>
    </message>
    <message>
        <source>Agency settings</source>
        <translation>Ajustes de la agencia</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Informe de la carga de casos</translation>
    </message>
    <message>
        <source>Caseload row</source>
        <translation>Fila de la carga de casos</translation>
    </message>
    <message>
        <source>Caseload table</source>
        <translation>Tabla de la carga de casos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Family context</source>
        <translation>Contexto de la familia</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Factor de protección</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progreso de la meta</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Family handout</source>
        <translation>Folleto para la familia</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Families behind a measure</source>
        <translation>Familias de un indicador</translation>
    </message>
    <message>
        <source>Draft notes</source>
        <translation>Borradores de notas</translation>
    </message>
    <message>
        <source>Program measures</source>
        <translation>Indicadores del programa</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Derivaciones por seguir</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Release of information</source>
        <translation>Autorización de divulgación</translation>
    </message>
    <message>
        <source>Releases of information</source>
        <translation>Autorizaciones de divulgación</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Tamizajes</translation>
    </message>
    <message>
        <source>Screenings due</source>
        <translation>Tamizajes pendientes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Stressor</source>
        <translation>Factor de estrés</translation>
    </message>
    <message>
        <source>Reflective supervision</source>
        <translation>Supervisión reflexiva</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team table</source>
        <translation>Tabla del equipo</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Plan de visitas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuthForm</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>an unexpected error</source>
        <translation>un error inesperado</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {0}</source>
        <translation>No se hizo la copia de seguridad automática: {0}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Back up now, or restore a backup</source>
        <translation>Hacer una copia ahora, o restaurar una copia</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup of {0} is restored.</source>
        <translation>La copia de seguridad de {0} está restaurada.</translation>
    </message>
    <message>
        <source>The data it replaced is kept at {0}.</source>
        <translation>Los datos que reemplazó se guardan en {0}.</translation>
    </message>
    <message>
        <source>IMH Desktop now opens the restored data.</source>
        <translation>IMH Desktop abre ahora los datos restaurados.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pick a backup to see what it holds.</source>
        <translation>Elija una copia para ver lo que contiene.</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Detalles de la copia</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>This database is on a server: &apos;Back up now&apos; saves a copy with pg_dump. The server&apos;s administrator keeps the regular backups.</source>
        <translation>Esta base de datos está en un servidor: «Hacer copia ahora» guarda una copia con pg_dump. El administrador del servidor se encarga de las copias periódicas.</translation>
    </message>
    <message>
        <source>IMH Desktop backs up when it closes and once a day. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months. A folder on another drive (a network drive) keeps them safe if this computer fails.</source>
        <translation>IMH Desktop hace una copia al cerrarse y una vez al día. Guarda la copia más reciente de cada uno de los últimos 7 días, 4 semanas y 12 meses. Una carpeta en otra unidad (una unidad de red) las mantiene a salvo si esta computadora falla.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation>No se puede leer.</translation>
    </message>
    <message>
        <source>{0} cannot be restored: {1}</source>
        <translation>{0} no se puede restaurar: {1}</translation>
    </message>
    <message>
        <source>families</source>
        <translation>familias</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>amendments</source>
        <translation>enmiendas</translation>
    </message>
    <message>
        <source>screenings</source>
        <translation>tamizajes</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>eventos de auditoría</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>Backup of {0}: a PostgreSQL dump of {1} tables.</source>
        <translation>Copia de {0}: un volcado de PostgreSQL de {1} tablas.</translation>
    </message>
    <message>
        <source>Backup of {0}: {1}.</source>
        <translation>Copia de {0}: {1}.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Backed up and checked. {0}</source>
        <translation>Copia hecha y verificada. {0}</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>¿Qué copia desea restaurar?</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.dump);;All files (*)</source>
        <translation>Copias de seguridad (*.sqlite *.dump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>{0}

The data in the database now is set aside first (kept beside it), then replaced by this backup. Open records and notes are closed, and IMH Desktop reopens on the restored data.</source>
        <translation>{0}

Los datos que hay ahora en la base se apartan primero (se guardan al lado) y luego se reemplazan por esta copia. Los registros y notas abiertos se cierran, e IMH Desktop vuelve a abrir con los datos restaurados.</translation>
    </message>
</context>
<context>
    <name>BatchReportDialog</name>
    <message>
        <source>Batch progress reports</source>
        <translation>Informes de progreso en lote</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Todas las especialistas</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguna</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Especialista:</translation>
    </message>
    <message>
        <source>Families:</source>
        <translation>Familias:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n report(s)</source>
        <translation>
            <numerusform>&amp;Escribir %n informe</numerusform>
            <numerusform>&amp;Escribir %n informes</numerusform>
        </translation>
    </message>
    <message>
        <source>each report</source>
        <translation>cada informe</translation>
    </message>
    <message>
        <source>Gathering data…</source>
        <translation>Reuniendo los datos…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the reports already started…</source>
        <translation>Cancelando: terminando los informes ya iniciados…</translation>
    </message>
    <message>
        <source>Wrote {0} of {1}: {2}</source>
        <translation>Escritos {0} de {1}: {2}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {0}.</source>
        <translation>
            <numerusform>Se escribió %n informe en {0}.</numerusform>
            <numerusform>Se escribieron %n informes en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the other reports were not written.</source>
        <translation>Cancelado: los demás informes no se escribieron.</translation>
    </message>
    <message>
        <source>No reports were written.</source>
        <translation>No se escribió ningún informe.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Reading or saving in the background…</source>
        <translation>Leyendo o guardando en segundo plano…</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendario…</translation>
    </message>
    <message>
        <source>Planned visits by week or month; reschedule, export to your phone</source>
        <translation>Visitas planificadas por semana o por mes; reprogramar, exportar a su teléfono</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Double booking</source>
        <translation>Doble reserva</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Fuera del horario de trabajo</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Planned visits of the week</source>
        <translation>Visitas planificadas de la semana</translation>
    </message>
    <message>
        <source>Planned visits of the month</source>
        <translation>Visitas planificadas del mes</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;mana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Whose visits</source>
        <translation>Visitas de quién</translation>
    </message>
    <message>
        <source>&amp;Export my visits (.ics)…</source>
        <translation>&amp;Exportar mis visitas (.ics)…</translation>
    </message>
    <message>
        <source>Save your planned visits for the next 90 days to a calendar file for your phone: case numbers and times only, no names.</source>
        <translation>Guarde sus visitas planificadas de los próximos 90 días en un archivo de calendario para su teléfono: solo números de caso y horas, sin nombres.</translation>
    </message>
    <message>
        <source>Everyone (my team and me)</source>
        <translation>Todos (mi equipo y yo)</translation>
    </message>
    <message>
        <source>{count} planned, {flagged} flagged ⚠ (double booking, or outside working hours: {hours}). Double-click a visit or drag it to another day to reschedule it; in the month, double-click a day to see its week.</source>
        <translation>{count} planificadas, {flagged} marcadas ⚠ (doble reserva, o fuera del horario de trabajo: {hours}). Haga doble clic en una visita o arrástrela a otro día para reprogramarla; en el mes, haga doble clic en un día para ver su semana.</translation>
    </message>
    <message>
        <source>Moved {case} to {day}.</source>
        <translation>{case} se movió al {day}.</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>Reschedule {when} {case}…</source>
        <translation>Reprogramar {when} {case}…</translation>
    </message>
    <message>
        <source>&amp;Open the visit note</source>
        <translation>&amp;Abrir la nota de visita</translation>
    </message>
    <message>
        <source>Show this &amp;week</source>
        <translation>Mostrar esta &amp;semana</translation>
    </message>
    <message>
        <source>Export my visits</source>
        <translation>Exportar mis visitas</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>El archivo de calendario</translation>
    </message>
    <message>
        <source>Wrote {count} planned visits to {path} (case numbers and times only).</source>
        <translation>Se escribieron {count} visitas planificadas en {path} (solo números de caso y horas).</translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>caregiver</source>
        <translation>cuidador/a</translation>
    </message>
</context>
<context>
    <name>CaregiverForm</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Relationship to the child:</source>
        <translation>Parentesco con el niño/a:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
</context>
<context>
    <name>CaseNumberDialog</name>
    <message>
        <source>Open family by case number</source>
        <translation>Abrir familia por número de caso</translation>
    </message>
    <message>
        <source>Type the case number of any family of the agency. A family outside your caseload opens only after you say why you need it (emergency access).</source>
        <translation>Escriba el número de caso de cualquier familia de la agencia. Una familia fuera de su carga de casos solo se abre después de que indique por qué la necesita (acceso de emergencia).</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Número de caso:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
</context>
<context>
    <name>CaseloadColumn</name>
    <message>
        <source>{0} of {1}</source>
        <comment>visits done of expected</comment>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (y {0} más)</translation>
    </message>
    <message>
        <source>Urgent alert</source>
        <translation>Alerta urgente</translation>
    </message>
    <message>
        <source>Open alert</source>
        <translation>Alerta abierta</translation>
    </message>
    <message>
        <source>No visit due (the case is not active).</source>
        <translation>Ninguna visita pendiente (el caso no está activo).</translation>
    </message>
    <message>
        <source>Overdue since {0}</source>
        <translation>Atrasada desde el {0}</translation>
    </message>
    <message>
        <source>Next visit due {0}</source>
        <translation>Próxima visita el {0}</translation>
    </message>
    <message>
        <source>{0} completed this month; {1} expected so far ({2}, prorated for the days up to today that the case was active)</source>
        <translation>Visitas realizadas este mes: {0}; esperadas hasta ahora: {1} ({2}, en proporción a los días hasta hoy en que el caso estuvo activo)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Children (age)</source>
        <translation>Niños/as (edad)</translation>
    </message>
    <message>
        <source>Children with age (and corrected age)</source>
        <translation>Niños/as con su edad (y edad corregida)</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Días desde</translation>
    </message>
    <message>
        <source>Days since the last completed visit</source>
        <translation>Días desde la última visita realizada</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Próxima visita pendiente</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Visits this month: completed / expected</source>
        <translation>Visitas de este mes: realizadas / esperadas</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Active goals</source>
        <translation>Metas activas</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>{0} referral follow-up(s) overdue</source>
        <translation>{0} seguimiento(s) de derivación atrasado(s)</translation>
    </message>
    <message>
        <source>Referral follow-ups overdue</source>
        <translation>Seguimientos de derivación atrasados</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>{0} release(s) of information expiring within 30 days</source>
        <translation>{0} autorización(es) de divulgación que vence(n) en 30 días</translation>
    </message>
    <message>
        <source>Releases of information expiring within 30 days</source>
        <translation>Autorizaciones para compartir información que vencen en 30 días</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search case number, family, caregiver or child</source>
        <translation>Buscar número de caso, familia, cuidador/a o niño/a</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Buscar en la carga de casos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Specialist filter</source>
        <translation>Filtro de especialista</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Todas las especialistas</translation>
    </message>
    <message>
        <source>Visit due filter</source>
        <translation>Filtro de visita pendiente</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Dentro de 7 días</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>Only families with a positive screen still waiting for its follow-up (a referral, a safety assessment, or no referral with a reason)</source>
        <translation>Solo las familias con un tamizaje positivo que aún espera su seguimiento (una derivación, una evaluación de seguridad o ninguna derivación con su motivo)</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Families shown</source>
        <translation>Familias mostradas</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies)</source>
        <translation>
            <numerusform>%Ln familia</numerusform>
            <numerusform>%Ln familias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln family(ies)</source>
        <translation>
            <numerusform>{0} de %Ln familia</numerusform>
            <numerusform>{0} de %Ln familias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own passphrase before you go on.</source>
        <translation>Un administrador fijó su contraseña. Elija su propia frase de contraseña antes de continuar.</translation>
    </message>
    <message>
        <source>At least {0} characters; a few unrelated words are easy to remember and hard to guess. Common passwords are refused.</source>
        <translation>Al menos {0} caracteres; unas pocas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Las contraseñas comunes no se aceptan.</translation>
    </message>
    <message>
        <source>The two new passphrases differ: type them again.</source>
        <translation>Las dos frases nuevas no coinciden: escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>child</source>
        <translation>niño/a</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Gestational age at birth:</source>
        <translation>Edad gestacional al nacer:</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case {case}</source>
        <translation>Cerrar el caso {case}</translation>
    </message>
    <message>
        <source>Closing the case of the {name}. It stays readable and can be reopened later.</source>
        <translation>Se cierra el caso de {name}. Sigue pudiéndose leer y se puede reabrir más adelante.</translation>
    </message>
    <message>
        <source>Closure date:</source>
        <translation>Fecha de cierre:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Choose why the case is closing</source>
        <translation>Elija por qué se cierra el caso</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>Each open alert needs its follow-up recorded (Screenings tab) or a reason to carry it, e.g. handed to the next provider.</source>
        <translation>Cada alerta abierta necesita su seguimiento registrado (pestaña Tamizajes) o un motivo para mantenerla, p. ej., entregada al siguiente proveedor.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Reason to carry it</source>
        <translation>Motivo para mantenerla</translation>
    </message>
    <message>
        <source>Reason to carry the alert</source>
        <translation>Motivo para mantener la alerta</translation>
    </message>
    <message>
        <source>{kind} — {text}</source>
        <translation>{kind} — {text}</translation>
    </message>
    <message>
        <source>Choose why the case is closing.</source>
        <translation>Elija por qué se cierra el caso.</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <source>Goals met</source>
        <translation>Metas alcanzadas</translation>
    </message>
    <message>
        <source>Family moved</source>
        <translation>La familia se mudó</translation>
    </message>
    <message>
        <source>Declined further services</source>
        <translation>Rechazó más servicios</translation>
    </message>
    <message>
        <source>Unable to reach</source>
        <translation>No se logró contactar</translation>
    </message>
    <message>
        <source>Child turned three</source>
        <translation>El niño/la niña cumplió tres años</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this {0}</source>
        <translation>Otra persona guardó este/a {0}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>This {what} was saved by {who} after you opened it. {n} field(s) differ (marked). Nothing you typed is lost: save yours over theirs, keep theirs, or copy yours first.</source>
        <translation>Este/a {what} fue guardado/a por {who} después de que usted lo abrió. {n} campo(s) difieren (marcados). Nada de lo que escribió se pierde: guarde lo suyo encima, conserve lo de la otra persona, o copie lo suyo primero.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Lo suyo (sin guardar)</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Guardado ahora</translation>
    </message>
    <message>
        <source>Your version and the saved version</source>
        <translation>Su versión y la versión guardada</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>Mostrar solo los campos que difieren</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Guardar lo mío encima</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar lo suyo</translation>
    </message>
    <message>
        <source>Copy mine</source>
        <translation>Copiar lo mío</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <source>Your changes are dropped: copy them first if needed.</source>
        <translation>Sus cambios se descartan: cópielos primero si los necesita.</translation>
    </message>
    <message>
        <source>Your version is on the clipboard: paste it anywhere.</source>
        <translation>Su versión está en el portapapeles: péguela donde quiera.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent to services</source>
        <translation>Registrar el consentimiento para los servicios</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Firmado &amp;el:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Firmado &amp;por:</translation>
    </message>
    <message>
        <source>Form &amp;version:</source>
        <translation>&amp;Versión del formulario:</translation>
    </message>
</context>
<context>
    <name>ContextTab</name>
    <message>
        <source>Stressor</source>
        <translation>Factor de estrés</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Resolved {day}</source>
        <translation>Resuelto {day}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Stressors</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <source>&amp;Note a stressor…</source>
        <translation>&amp;Anotar un factor de estrés…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>Res&amp;olver…</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Factor de protección</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Calificar…</translation>
    </message>
    <message>
        <source>Strengths (protective factors)</source>
        <translation>Fortalezas (factores de protección)</translation>
    </message>
    <message>
        <source>Release to: what may be shared</source>
        <translation>Autorizar a: lo que se puede compartir</translation>
    </message>
    <message>
        <source>Releases of information</source>
        <translation>Autorizaciones para compartir información</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Record a re&amp;lease…</source>
        <translation>Registrar una au&amp;torización…</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <translation>Revo&amp;car</translation>
    </message>
    <message>
        <source>Consents and releases</source>
        <translation>Consentimientos y autorizaciones</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>&amp;Make a referral…</source>
        <translation>&amp;Hacer una derivación…</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Actualizar…</translation>
    </message>
    <message>
        <source>Choose a referral to see its history.</source>
        <translation>Elija una derivación para ver su historial.</translation>
    </message>
    <message>
        <source>History: {steps}</source>
        <translation>Historial: {steps}</translation>
    </message>
    <message>
        <source>Revoked {day}</source>
        <translation>Revocada el {day}</translation>
    </message>
    <message>
        <source>Expired {day}</source>
        <translation>Venció el {day}</translation>
    </message>
    <message>
        <source>Expires in {n} days ({day})</source>
        <translation>Vence en {n} días ({day})</translation>
    </message>
    <message>
        <source>In force until {day}</source>
        <translation>Vigente hasta el {day}</translation>
    </message>
    <message>
        <source>Signed for {day}</source>
        <translation>Firmada para el {day}</translation>
    </message>
    <message>
        <source>Consent to services signed {day} by {who} (form {version}).</source>
        <translation>Consentimiento para los servicios firmado el {day} por {who} (formulario {version}).</translation>
    </message>
    <message>
        <source>No consent to services is recorded yet.</source>
        <translation>Aún no hay consentimiento para los servicios registrado.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln family(ies) served</source>
        <translation>
            <numerusform>%Ln familia atendida</numerusform>
            <numerusform>%Ln familias atendidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln served</source>
        <translation>
            <numerusform>%Ln atendida</numerusform>
            <numerusform>%Ln atendidas</numerusform>
        </translation>
    </message>
    <message>
        <source> this month</source>
        <translation> este mes</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln closed during it)</source>
        <translation>
            <numerusform> (%Ln cerrada en el período)</numerusform>
            <numerusform> (%Ln cerradas en el período)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln on hold</source>
        <translation>
            <numerusform> · %Ln en pausa</numerusform>
            <numerusform> · %Ln en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln referred, not yet enrolled</source>
        <translation>
            <numerusform> · %Ln derivada, aún no inscrita</numerusform>
            <numerusform> · %Ln derivadas, aún no inscritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s): </source>
        <translation>
            <numerusform>%Ln caso abierto: </numerusform>
            <numerusform>%Ln casos abiertos: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln atrasada</numerusform>
            <numerusform> · %Ln atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln alert(s)</source>
        <translation>
            <numerusform> · %Ln alerta</numerusform>
            <numerusform> · %Ln alertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The username is required.</source>
        <translation>El usuario es obligatorio.</translation>
    </message>
    <message>
        <source>The username has at most %1 characters.</source>
        <translation>El usuario tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A username has only letters a-z, digits, dots, dashes and underscores (e.g. mgarcia), and starts with a letter or digit.</source>
        <translation>Un usuario lleva solo letras a-z, dígitos, puntos, guiones y guiones bajos (p. ej., mgarcia), y empieza con una letra o un dígito.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters: a few words you can remember, e.g. “kettle garden blue tuesday”.</source>
        <translation>Elija una frase de contraseña de al menos %1 caracteres: unas palabras que pueda recordar, p. ej., «tetera jardín azul martes».</translation>
    </message>
    <message>
        <source>A passphrase has at most %1 characters.</source>
        <translation>Una frase de contraseña tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A passphrase cannot start or end with a space.</source>
        <translation>Una frase de contraseña no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>This passphrase is one of the most common passwords (or one of them with numbers or signs added). Choose another: a few unrelated words work well.</source>
        <translation>Esta frase de contraseña es una de las contraseñas más comunes (o una de ellas con números o signos agregados). Elija otra: unas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain your username or name.</source>
        <translation>Una frase de contraseña no puede contener su usuario ni su nombre.</translation>
    </message>
    <message>
        <source>Use more different characters in the passphrase.</source>
        <translation>Use caracteres más variados en la frase de contraseña.</translation>
    </message>
    <message>
        <source>Date of birth (%1) is after %2.</source>
        <translation>La fecha de nacimiento (%1) es posterior al %2.</translation>
    </message>
    <message>
        <source>Gestational age at birth must be a whole number of weeks.</source>
        <translation>La edad gestacional al nacer debe ser un número entero de semanas.</translation>
    </message>
    <message>
        <source>Gestational age at birth must be between %1 and %2 weeks.</source>
        <translation>La edad gestacional al nacer debe estar entre %1 y %2 semanas.</translation>
    </message>
    <message>
        <source>The days of the gestational age must be 0 to 6 (7 days make the next week).</source>
        <translation>Los días de la edad gestacional deben ser de 0 a 6 (7 días hacen la semana siguiente).</translation>
    </message>
    <message>
        <source>%1 has no %2 month questionnaire (it has %3).</source>
        <translation>%1 no tiene cuestionario de %2 meses (tiene %3).</translation>
    </message>
    <message>
        <source>%1 has no age intervals.</source>
        <translation>%1 no tiene intervalos de edad.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>The family&apos;s active dates end before they start.</source>
        <translation>Las fechas de actividad de la familia terminan antes de empezar.</translation>
    </message>
    <message>
        <source>Completed visits cannot be negative.</source>
        <translation>Las visitas realizadas no pueden ser negativas.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>A release must expire after the day it was signed.</source>
        <translation>Una autorización debe vencer después del día en que se firmó.</translation>
    </message>
    <message>
        <source>A release can last at most %1 years; check the expiry date.</source>
        <translation>Una autorización puede durar como máximo %1 años; revise la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral was made.</source>
        <translation>La fecha de seguimiento es anterior a la derivación.</translation>
    </message>
    <message>
        <source>Choose when to follow up on this referral.</source>
        <translation>Elija cuándo dar seguimiento a esta derivación.</translation>
    </message>
    <message>
        <source>Say what came of the referral in the outcome note.</source>
        <translation>Indique en la nota de resultado en qué terminó la derivación.</translation>
    </message>
    <message>
        <source>A referral is for one caregiver, one child or the family.</source>
        <translation>Una derivación es para un/a cuidador/a, un/a niño/a o la familia.</translation>
    </message>
    <message>
        <source>A stressor cannot be resolved before it was noted.</source>
        <translation>Un factor de estrés no puede resolverse antes de anotarse.</translation>
    </message>
    <message>
        <source>Past its target date (%1): review this goal.</source>
        <translation>Fecha meta vencida (%1): revísela.</translation>
    </message>
    <message>
        <source>The caregiver&apos;s date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento del cuidador/a no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The child&apos;s date of birth (%1) is in the future.</source>
        <translation>La fecha de nacimiento del niño/a (%1) está en el futuro.</translation>
    </message>
    <message>
        <source>Check the child&apos;s date of birth: it is too long ago.</source>
        <translation>Revise la fecha de nacimiento del niño/a: es demasiado antigua.</translation>
    </message>
    <message>
        <source>Enter the weeks of the gestational age as well as the days.</source>
        <translation>Escriba las semanas de la edad gestacional además de los días.</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>La fecha de derivación no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Only one caregiver can be the primary caregiver.</source>
        <translation>Solo un/a cuidador/a puede ser el/la cuidador/a principal.</translation>
    </message>
    <message>
        <source>The target date is before the goal&apos;s start.</source>
        <translation>La fecha meta es anterior al inicio de la meta.</translation>
    </message>
    <message>
        <source>The visit date is before the family&apos;s enrolment (%1).</source>
        <translation>La fecha de la visita es anterior a la inscripción de la familia (%1).</translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and 8 hours.</source>
        <translation>La duración debe estar entre 1 minuto y 8 horas.</translation>
    </message>
    <message>
        <source>The next visit must come after this visit.</source>
        <translation>La próxima visita debe ser después de esta visita.</translation>
    </message>
    <message>
        <source>Choose what was done from the list.</source>
        <translation>Elija de la lista lo que se hizo.</translation>
    </message>
    <message>
        <source>Choose who was present from the lists.</source>
        <translation>Elija de las listas quién estuvo presente.</translation>
    </message>
    <message>
        <source>Choose who else was present from the list.</source>
        <translation>Elija de la lista quién más estuvo presente.</translation>
    </message>
    <message>
        <source>The enrolment date is before the referral date.</source>
        <translation>La fecha de inscripción es anterior a la fecha de derivación.</translation>
    </message>
    <message>
        <source>The enrolment date cannot be in the future.</source>
        <translation>La fecha de inscripción no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>A planned visit must be today or later.</source>
        <translation>Una visita planificada debe ser hoy o más adelante.</translation>
    </message>
    <message>
        <source>A visit in the future can only be planned, not documented.</source>
        <translation>Una visita en el futuro solo se puede planificar, no documentar.</translation>
    </message>
    <message>
        <source>Item %1 has no answer scoring %2.</source>
        <translation>El ítem %1 no tiene una respuesta con puntaje %2.</translation>
    </message>
    <message>
        <source>%1 is not answered item by item.</source>
        <translation>%1 no se responde ítem por ítem.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first day.</source>
        <translation>El último día del período es anterior al primero.</translation>
    </message>
    <message>
        <source>Choose a period of at most five years.</source>
        <translation>Elija un período de cinco años como máximo.</translation>
    </message>
    <message>
        <source>Only the family&apos;s specialist or their supervisor can %1.</source>
        <translation>Solo la especialista de la familia o su supervisora pueden %1.</translation>
    </message>
    <message>
        <source>Administrator accounts do not open families&apos; records or reports.</source>
        <translation>Las cuentas de administrador no abren registros ni informes de familias.</translation>
    </message>
    <message>
        <source>Only %1 can %2.</source>
        <translation>Solo %1 puede %2.</translation>
    </message>
    <message>
        <source>No one can %1.</source>
        <translation>Nadie puede %1.</translation>
    </message>
    <message>
        <source>Emergency access lets you read this record and write visit notes; only the family&apos;s specialist or their supervisor can %1.</source>
        <translation>El acceso de emergencia le permite leer este registro y escribir notas de visita; solo la especialista de la familia o su supervisora pueden %1.</translation>
    </message>
    <message>
        <source>This family is not on your caseload, so you cannot %1.</source>
        <translation>Esta familia no está en su carga de casos, así que no puede %1.</translation>
    </message>
    <message>
        <source>Only the note&apos;s author can sign it.</source>
        <translation>Solo quien escribió la nota puede firmarla.</translation>
    </message>
    <message>
        <source>Only the supervisor of the note&apos;s author can co-sign it.</source>
        <translation>Solo la supervisora de quien escribió la nota puede cofirmarla.</translation>
    </message>
    <message>
        <source>This family is not on your caseload. To open it in an emergency, use File &gt; Open family by case number and give a reason.</source>
        <translation>Esta familia no está en su carga de casos. Para abrirla en una emergencia, use Archivo &gt; Abrir familia por número de caso e indique un motivo.</translation>
    </message>
    <message>
        <source>Say in a few words why you need this family&apos;s record now (at least %1 characters).</source>
        <translation>Diga en pocas palabras por qué necesita ahora el registro de esta familia (al menos %1 caracteres).</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>El motivo es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Name at least one working day (e.g. Mon Tue Wed Thu Fri).</source>
        <translation>Indique al menos un día hábil (p. ej., Mon Tue Wed Thu Fri).</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>La jornada debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write the working days as Mon Tue Wed Thu Fri.</source>
        <translation>«%1» no es un día; escriba los días hábiles como Mon Tue Wed Thu Fri.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 08:00 (not “%1”).</source>
        <translation>Escriba la hora como HH:MM, p. ej., 08:00 (no «%1»).</translation>
    </message>
    <message>
        <source>Choose at least one caregiver screening instrument.</source>
        <translation>Elija al menos un instrumento de tamizaje para cuidadores.</translation>
    </message>
    <message>
        <source>The first caregiver screen needs a window of at least 1 month.</source>
        <translation>El primer tamizaje del cuidador/a necesita una ventana de al menos 1 mes.</translation>
    </message>
    <message>
        <source>Caregiver screens must repeat every 1 month or more.</source>
        <translation>Los tamizajes del cuidador/a deben repetirse cada 1 mes o más.</translation>
    </message>
    <message>
        <source>Days ahead for upcoming screenings cannot be negative.</source>
        <translation>Los días de anticipación para los próximos tamizajes no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Unknown screening subject %1.</source>
        <translation>Sujeto de tamizaje desconocido %1.</translation>
    </message>
    <message>
        <source>%1: answers must be a list of %2 items.</source>
        <translation>%1: las respuestas deben ser una lista de %2 ítems.</translation>
    </message>
    <message>
        <source>%1 has %2 items; %3 answered. Answer every item.</source>
        <translation>%1 tiene %2 ítems; %3 respondidos. Responda todos los ítems.</translation>
    </message>
    <message>
        <source>ASQ:SE-2 total must be a whole number from 0 to %1.</source>
        <translation>El total del ASQ:SE-2 debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>ASQ:SE-2 total goes in steps of 5; check the addition.</source>
        <translation>El total del ASQ:SE-2 va de 5 en 5; revise la suma.</translation>
    </message>
    <message>
        <source>ASQ:SE-2 result: choose below the monitoring zone, in the monitoring zone, or above the cut-off.</source>
        <translation>Resultado del ASQ:SE-2: elija por debajo de la zona de monitoreo, en la zona de monitoreo, o por encima del punto de corte.</translation>
    </message>
    <message>
        <source>%1 item %2: answer must be one of the four options (0 to 3), not %3.</source>
        <translation>%1 ítem %2: la respuesta debe ser una de las cuatro opciones (0 a 3), no %3.</translation>
    </message>
    <message>
        <source>ASQ-3 has no area called %1.</source>
        <translation>El ASQ-3 no tiene un área llamada %1.</translation>
    </message>
    <message>
        <source>%1: enter the area score (0 to 60).</source>
        <translation>%1: escriba el puntaje del área (0 a 60).</translation>
    </message>
    <message>
        <source>%1: the score must be from 0 to 60.</source>
        <translation>%1: el puntaje debe ser de 0 a 60.</translation>
    </message>
    <message>
        <source>%1: the score goes in steps of 5 (0, 5, 10 … 60).</source>
        <translation>%1: el puntaje va de 5 en 5 (0, 5, 10 … 60).</translation>
    </message>
    <message>
        <source>%1: choose above, close to, or below the cut-off.</source>
        <translation>%1: elija por encima, cerca o por debajo del punto de corte.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Escriba una palabra para buscar.</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation>La búsqueda es demasiado larga (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>A phrase needs a closing quotation mark (&quot;).</source>
        <translation>A una frase le falta la comilla de cierre (&quot;).</translation>
    </message>
    <message>
        <source>Type letters or digits to search for.</source>
        <translation>Escriba letras o dígitos para buscar.</translation>
    </message>
    <message>
        <source>Search for at most %1 words or phrases at once.</source>
        <translation>Busque como máximo %1 palabras o frases a la vez.</translation>
    </message>
    <message>
        <source>Put at least %1 letters before a * (for example hous*).</source>
        <translation>Ponga al menos %1 letras antes de un * (por ejemplo, viviend*).</translation>
    </message>
    <message>
        <source>A * can only end a word (for example hous*).</source>
        <translation>Un * solo puede ir al final de una palabra (por ejemplo, viviend*).</translation>
    </message>
    <message>
        <source>A supervision session cannot be in the future.</source>
        <translation>Una sesión de supervisión no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>At most %1 families can be linked to one session.</source>
        <translation>Como máximo %1 familias pueden vincularse a una sesión.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 es demasiado largo: %2 caracteres, como máximo %3.</translation>
    </message>
    <message>
        <source>%1 contains %2, which cannot be kept; remove it.</source>
        <translation>%1 contiene %2, que no se puede guardar; quítelo.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Elija una contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must be at most %1 characters, without control keys.</source>
        <translation>La contraseña debe tener como máximo %1 caracteres, sin teclas de control.</translation>
    </message>
    <message>
        <source>%1 is an encrypted backup; only the encrypted database it was made from can open and restore it.</source>
        <translation>%1 es una copia de seguridad cifrada; solo la base de datos cifrada de la que se hizo puede abrirla y restaurarla.</translation>
    </message>
    <message>
        <source>The key file %1 is missing beside the database, so a backup could not be opened by anyone: put the key file back first.</source>
        <translation>Falta el archivo de claves %1 junto a la base de datos, así que nadie podría abrir una copia: vuelva a poner primero el archivo de claves.</translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop backup.</source>
        <translation>%1 no es una copia de seguridad de IMH Desktop.</translation>
    </message>
    <message>
        <source>The backup %1 does not match the database (tables: %2).</source>
        <translation>La copia %1 no corresponde a la base de datos (tablas: %2).</translation>
    </message>
    <message>
        <source>%1 is encrypted (or damaged), and its key file %2 is not beside it, so it cannot be opened.</source>
        <translation>%1 está cifrada (o dañada), y su archivo de claves %2 no está a su lado, así que no se puede abrir.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a backup.</source>
        <translation>%1 no se puede abrir como copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (integrity check failed).</source>
        <translation>La copia %1 está dañada (falló la verificación de integridad).</translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop backup, or it is damaged.%2</source>
        <translation>%1 no es una copia de seguridad de IMH Desktop, o está dañada.%2</translation>
    </message>
    <message>
        <source>The key file %1 of the backup is damaged.</source>
        <translation>El archivo de claves %1 de la copia está dañado.</translation>
    </message>
    <message>
        <source>%1 was encrypted with another key than this database&apos;s, so it cannot be opened here.</source>
        <translation>%1 se cifró con una clave distinta de la de esta base de datos, así que no se puede abrir aquí.</translation>
    </message>
    <message>
        <source>Could not write in %1: %2.</source>
        <translation>No se pudo escribir en %1: %2.</translation>
    </message>
    <message>
        <source>You may not write in %1 (permission denied).</source>
        <translation>No tiene permiso para escribir en %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted (or is not a database), and the key file beside it (%2) is missing: put the key file back from where the database was backed up.</source>
        <translation>%1 está cifrada (o no es una base de datos), y falta el archivo de claves a su lado (%2): vuelva a ponerlo desde donde se respaldó la base de datos.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco donde está %1 está lleno, así que no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This database is read-only: you can read and print, not save.</source>
        <translation>Esta base de datos es de solo lectura: puede leer e imprimir, pero no guardar.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost: the server stopped or the network dropped.</source>
        <translation>Se perdió la conexión con el servidor de base de datos %1: el servidor se detuvo o la red se cayó.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another window or program has kept it locked. Nothing was changed; try again in a moment.</source>
        <translation>La base de datos %1 está ocupada: otra ventana u otro programa la mantuvo bloqueada. No se cambió nada; intente de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The database %1 cannot be reached: its folder or drive may have been removed or disconnected.</source>
        <translation>No se puede llegar a la base de datos %1: puede que su carpeta o unidad se haya quitado o desconectado.</translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop database, or it is damaged.</source>
        <translation>%1 no es una base de datos de IMH Desktop, o está dañada.</translation>
    </message>
    <message>
        <source>The database server %1 stopped this change because a colleague&apos;s change collided with it at the same moment. Nothing was saved; try again.</source>
        <translation>El servidor de la base de datos %1 detuvo este cambio porque coincidió en el mismo momento con el cambio de una colega. No se guardó nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no such database on the server %1. Check the database name.</source>
        <translation>No existe esa base de datos en el servidor %1. Revise el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password.</source>
        <translation>El servidor de base de datos %1 rechazó el usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The database server &apos;%1&apos; was not found. Check the server name in the database address.</source>
        <translation>No se encontró el servidor de base de datos «%1». Revise el nombre del servidor en la dirección de la base de datos.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: it is not running or not accepting connections.</source>
        <translation>No se puede llegar al servidor de base de datos %1: no está en marcha o no acepta conexiones.</translation>
    </message>
    <message>
        <source>The database server %1 did not answer in time.</source>
        <translation>El servidor de base de datos %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>Falta el archivo de claves %1.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2).</source>
        <translation>El archivo de claves %1 no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop key file.</source>
        <translation>%1 no es un archivo de claves de IMH Desktop.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of IMH Desktop (schema %2). Install the newer version to open it.</source>
        <translation>La base de datos %1 la creó una versión más nueva de IMH Desktop (esquema %2). Instale la versión más nueva para abrirla.</translation>
    </message>
    <message>
        <source>%1 is a database, but not one made by IMH Desktop.</source>
        <translation>%1 es una base de datos, pero no creada por IMH Desktop.</translation>
    </message>
    <message>
        <source>The database %1 was made by an older version of IMH Desktop and is read-only, so it cannot be upgraded. Open it where you may change it, or ask your administrator.</source>
        <translation>La base de datos %1 la creó una versión anterior de IMH Desktop y es de solo lectura, así que no se puede actualizar. Ábrala donde pueda modificarla, o consulte a su administrador.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the database file&apos;s path, e.g. %2.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Indique la ruta del archivo de base de datos, p. ej., %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 no es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>No tiene permiso para leer %1.</translation>
    </message>
    <message>
        <source>%1 is not a database file (IMH Desktop keeps its data in an SQLite file). If it is an encrypted one, its key file %2 is missing beside it: put it back from where the database was backed up.</source>
        <translation>%1 no es un archivo de base de datos (IMH Desktop guarda sus datos en un archivo SQLite). Si es uno cifrado, falta su archivo de claves %2 a su lado: vuelva a ponerlo desde donde se respaldó la base de datos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address. Write it like %2.</source>
        <translation>«%1» no es una dirección de base de datos. Escríbala como %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of database IMH Desktop can use. Write the address like %2.</source>
        <translation>«%1» no es un tipo de base de datos que IMH Desktop pueda usar. Escriba la dirección como %2.</translation>
    </message>
    <message>
        <source>The database driver &apos;%1&apos; is not installed. For PostgreSQL write the address as postgresql+psycopg://…</source>
        <translation>El controlador de base de datos «%1» no está instalado. Para PostgreSQL escriba la dirección como postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 no se puede leer: %2.</translation>
    </message>
    <message>
        <source>Cannot make a new database at %1: %2.</source>
        <translation>No se puede crear una base de datos nueva en %1: %2.</translation>
    </message>
    <message>
        <source>The backup %1 lacks tables: %2.</source>
        <translation>A la copia %1 le faltan tablas: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2.</source>
        <translation>%1 no se pudo iniciar: %2.</translation>
    </message>
    <message>
        <source>Unknown kind of export &apos;%1&apos;.</source>
        <translation>Tipo de exportación desconocido «%1».</translation>
    </message>
    <message>
        <source>Some of these families no longer exist; refresh and try again.</source>
        <translation>Algunas de estas familias ya no existen; actualice e intente de nuevo.</translation>
    </message>
    <message>
        <source>Type the family&apos;s case number, e.g. IMH-2026-0042.</source>
        <translation>Escriba el número de caso de la familia, p. ej., IMH-2026-0042.</translation>
    </message>
    <message>
        <source>That is too long for a case number.</source>
        <translation>Es demasiado largo para un número de caso.</translation>
    </message>
    <message>
        <source>No family has the case number %1.</source>
        <translation>Ninguna familia tiene el número de caso %1.</translation>
    </message>
    <message>
        <source>This family is on your caseload: open it directly.</source>
        <translation>Esta familia está en su carga de casos: ábrala directamente.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>No existe esa cuenta.</translation>
    </message>
    <message>
        <source>Reactivate the account before resetting its password.</source>
        <translation>Reactive la cuenta antes de restablecer su contraseña.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>%1&apos;s account is inactive already.</source>
        <translation>La cuenta de %1 ya está inactiva.</translation>
    </message>
    <message>
        <source>%1&apos;s account is active already.</source>
        <translation>La cuenta de %1 ya está activa.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters.</source>
        <translation>%1 debe tener como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The safety steps are required.</source>
        <translation>Los pasos de seguridad son obligatorios.</translation>
    </message>
    <message>
        <source>The safety steps are too long (at most %1 characters).</source>
        <translation>Los pasos de seguridad son demasiado largos (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Give at least one support line for the family handouts.</source>
        <translation>Indique al menos una línea de apoyo para los folletos de las familias.</translation>
    </message>
    <message>
        <source>The support lines are too long (at most %1 characters).</source>
        <translation>Las líneas de apoyo son demasiado largas (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The support lines for &apos;%1&apos; are too long (at most %2 characters).</source>
        <translation>Las líneas de apoyo para «%1» son demasiado largas (como máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>Give the backups folder&apos;s full path.</source>
        <translation>Indique la ruta completa de la carpeta de copias.</translation>
    </message>
    <message>
        <source>This database is read-only, so a backup cannot be restored into it.</source>
        <translation>Esta base de datos es de solo lectura, así que no se puede restaurar una copia en ella.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hay ningún archivo de copia en %1.</translation>
    </message>
    <message>
        <source>The backups folder %1 is a file, not a folder.</source>
        <translation>La carpeta de copias %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>You may not write in the backups folder %1.</source>
        <translation>No tiene permiso para escribir en la carpeta de copias %1.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup; this database is SQLite.</source>
        <translation>%1 es una copia de PostgreSQL; esta base de datos es SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite backup; this database is on a server.</source>
        <translation>%1 es una copia de SQLite; esta base de datos está en un servidor.</translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be reached: %2 does not exist (is the network drive connected?).</source>
        <translation>No se puede llegar a la carpeta de copias %1: %2 no existe (¿está conectada la unidad de red?).</translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be made: %2.</source>
        <translation>No se puede crear la carpeta de copias %1: %2.</translation>
    </message>
    <message>
        <source>Only an unencrypted database file can be encrypted; this one is not.</source>
        <translation>Solo se puede cifrar un archivo de base de datos sin cifrar; este no lo es.</translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation>Esa no es su contraseña.</translation>
    </message>
    <message>
        <source>The database has no staff users yet. Run &apos;imh-desktop setup&apos; first.</source>
        <translation>La base de datos aún no tiene personal. Ejecute primero «imh-desktop setup».</translation>
    </message>
    <message>
        <source>No active staff user has that username.</source>
        <translation>Ningún usuario activo del personal tiene ese usuario.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>No existe esa persona del personal.</translation>
    </message>
    <message>
        <source>No active staff user named &apos;%1&apos;.</source>
        <translation>No hay ningún usuario activo del personal llamado «%1».</translation>
    </message>
    <message>
        <source>Only an administrator can add staff.</source>
        <translation>Solo un administrador puede agregar personal.</translation>
    </message>
    <message>
        <source>Only an administrator can add an administrator, a supervisor or another team&apos;s specialist; a supervisor adds specialists to their own team.</source>
        <translation>Solo un administrador puede agregar un administrador, una supervisora o una especialista de otro equipo; una supervisora agrega especialistas a su propio equipo.</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is taken.</source>
        <translation>El usuario «%1» ya está en uso.</translation>
    </message>
    <message>
        <source>Choose an active supervisor.</source>
        <translation>Elija una supervisora activa.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another place to save.</source>
        <translation>Esa carpeta no existe. Elija otro lugar para guardar.</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another place.</source>
        <translation>No se pudo escribir el archivo (%1). Elija otro lugar.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>A case number has at most 32 characters.</source>
        <translation>Un número de caso tiene como máximo 32 caracteres.</translation>
    </message>
    <message>
        <source>Give the anchor as the event number and its hash, e.g. 1234:3f2a…(64 hex digits).</source>
        <translation>Indique el ancla como número de evento y su hash, p. ej., 1234:3f2a…(64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no recovery key: an administrator resets forgotten passwords.</source>
        <translation>Esta base de datos no está cifrada, así que no tiene clave de recuperación: un administrador restablece las contraseñas olvidadas.</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>Esa clave de recuperación no abre esta base de datos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an active administrator&apos;s username.</source>
        <translation>«%1» no es el usuario de un administrador activo.</translation>
    </message>
    <message>
        <source>This database is set up already: sign in.</source>
        <translation>Esta base de datos ya está configurada: inicie sesión.</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; belongs to an account that is not an active administrator. Choose another username.</source>
        <translation>El usuario «%1» pertenece a una cuenta que no es de un administrador activo. Elija otro usuario.</translation>
    </message>
    <message>
        <source>Choose a new passphrase, not the one you have now.</source>
        <translation>Elija una frase de contraseña nueva, no la que tiene ahora.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Export from 1 to %1 days of visits.</source>
        <translation>Exporte de 1 a %1 días de visitas.</translation>
    </message>
    <message>
        <source>A visit cannot be planned for a day that has passed.</source>
        <translation>No se puede planificar una visita para un día que ya pasó.</translation>
    </message>
    <message>
        <source>Plan a visit at most two years ahead.</source>
        <translation>Planifique una visita como máximo con dos años de anticipación.</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>Esa visita ya no existe.</translation>
    </message>
    <message>
        <source>This visit has been documented since the calendar was read, so it can no longer be moved. The calendar now shows the current plan.</source>
        <translation>Esta visita se documentó después de leerse el calendario, así que ya no se puede mover. El calendario muestra ahora el plan actual.</translation>
    </message>
    <message>
        <source>Someone else changed this visit after you opened it (it may have been moved already). Nothing was saved; look at the calendar again and choose the time anew.</source>
        <translation>Otra persona cambió esta visita después de que usted la abrió (puede que ya se haya movido). No se guardó nada; vuelva a mirar el calendario y elija la hora de nuevo.</translation>
    </message>
    <message>
        <source>The calendar&apos;s last day is before its first.</source>
        <translation>El último día del calendario es anterior al primero.</translation>
    </message>
    <message>
        <source>Show at most %1 days at once.</source>
        <translation>Muestre como máximo %1 días a la vez.</translation>
    </message>
    <message>
        <source>A visit lasts from 1 minute to %1 hours.</source>
        <translation>Una visita dura de 1 minuto a %1 horas.</translation>
    </message>
    <message>
        <source>Unknown caseload scope &apos;%1&apos;.</source>
        <translation>Alcance de carga de casos desconocido «%1».</translation>
    </message>
    <message>
        <source>That family no longer exists.</source>
        <translation>Esa familia ya no existe.</translation>
    </message>
    <message>
        <source>Choose the format csv or xlsx, not &apos;%1&apos;.</source>
        <translation>Elija el formato csv o xlsx, no «%1».</translation>
    </message>
    <message>
        <source>The file name must end in %1.</source>
        <translation>El nombre del archivo debe terminar en %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in %2.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo que termine en %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation>No se puede escribir %1: permiso denegado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>El disco está lleno, así que %1 no se escribió. Libere algo de espacio e intente de nuevo.</translation>
    </message>
    <message>
        <source>This staff account is unknown or inactive. Ask an administrator.</source>
        <translation>Esta cuenta del personal es desconocida o está inactiva. Consulte a un administrador.</translation>
    </message>
    <message>
        <source>%1 is a read: open it with reading()</source>
        <translation>%1 es una lectura: ábrala con reading()</translation>
    </message>
    <message>
        <source>%1 is not a read</source>
        <translation>%1 no es una lectura</translation>
    </message>
    <message>
        <source>%1 needs a family to be checked</source>
        <translation>%1 necesita una familia para verificarse</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment. Reopen it and try again.</source>
        <translation>Otra persona guardó este registro en el mismo momento. Vuelva a abrirlo e intente de nuevo.</translation>
    </message>
    <message>
        <source>the service never checked %1; nothing was saved</source>
        <translation>el servicio nunca verificó %1; no se guardó nada</translation>
    </message>
    <message>
        <source>The date revoked cannot be in the future.</source>
        <translation>La fecha de revocación no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>That release no longer exists.</source>
        <translation>Esa autorización ya no existe.</translation>
    </message>
    <message>
        <source>This release is already revoked.</source>
        <translation>Esta autorización ya está revocada.</translation>
    </message>
    <message>
        <source>A release cannot be revoked before it was signed.</source>
        <translation>Una autorización no puede revocarse antes de firmarse.</translation>
    </message>
    <message>
        <source>That stressor no longer exists.</source>
        <translation>Ese factor de estrés ya no existe.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 after you opened it (you loaded version %2, it is now version %3). Reopen it to see their changes before saving yours.</source>
        <translation>Otra persona cambió este/a %1 después de que usted lo abrió (usted cargó la versión %2, ahora es la versión %3). Vuelva a abrirlo para ver sus cambios antes de guardar los suyos.</translation>
    </message>
    <message>
        <source>Choose an active specialist for this family.</source>
        <translation>Elija una especialista activa para esta familia.</translation>
    </message>
    <message>
        <source>%1 is an administrator, not a specialist.</source>
        <translation>%1 es administrador/a, no especialista.</translation>
    </message>
    <message>
        <source>No family has that case number.</source>
        <translation>Ninguna familia tiene ese número de caso.</translation>
    </message>
    <message>
        <source>The closure date cannot be in the future.</source>
        <translation>La fecha de cierre no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Say why the case is closing.</source>
        <translation>Indique por qué se cierra el caso.</translation>
    </message>
    <message>
        <source>%1 open %2 no follow-up. Record the follow-up in the Screenings tab, or give a reason to carry each one, before closing the case.</source>
        <translation>%1 abierta(s) %2 sin seguimiento. Registre el seguimiento en la pestaña Tamizajes, o indique un motivo para mantener cada una, antes de cerrar el caso.</translation>
    </message>
    <message>
        <source>No family with case number &apos;%1&apos;.</source>
        <translation>No hay ninguna familia con el número de caso «%1».</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Este caso ya está cerrado.</translation>
    </message>
    <message>
        <source>The closure date is before the case began.</source>
        <translation>La fecha de cierre es anterior al inicio del caso.</translation>
    </message>
    <message>
        <source>Only a closed or on-hold case can be reopened.</source>
        <translation>Solo se puede reabrir un caso cerrado o en pausa.</translation>
    </message>
    <message>
        <source>Only an active case can be put on hold.</source>
        <translation>Solo un caso activo se puede poner en pausa.</translation>
    </message>
    <message>
        <source>That %1 is not in this family.</source>
        <translation>Ese/a %1 no es de esta familia.</translation>
    </message>
    <message>
        <source>Only an active goal can be revised; add a new goal instead.</source>
        <translation>Solo una meta activa se puede revisar; agregue una meta nueva en su lugar.</translation>
    </message>
    <message>
        <source>The revised goal cannot start before the original.</source>
        <translation>La meta revisada no puede empezar antes que la original.</translation>
    </message>
    <message>
        <source>Change the statement to revise the goal.</source>
        <translation>Cambie el enunciado para revisar la meta.</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Esa meta ya no existe.</translation>
    </message>
    <message>
        <source>Save the new statement or target date first, then change the status.</source>
        <translation>Guarde primero el nuevo enunciado o la fecha meta, luego cambie el estado.</translation>
    </message>
    <message>
        <source>Sharing information with %1 needs a release of information in force for that agency on the day of the referral. Record the signed release first, or make the referral without sharing information.</source>
        <translation>Compartir información con %1 requiere una autorización vigente para esa agencia el día de la derivación. Registre primero la autorización firmada, o haga la derivación sin compartir información.</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Esa derivación ya no existe.</translation>
    </message>
    <message>
        <source>That alert is not one of this family&apos;s.</source>
        <translation>Esa alerta no es de esta familia.</translation>
    </message>
    <message>
        <source>This alert&apos;s follow-up is already recorded.</source>
        <translation>El seguimiento de esta alerta ya está registrado.</translation>
    </message>
    <message>
        <source>Row %1: family %2 was changed by someone else after the preview%3. Nothing was imported, so their change is kept. Check the sheet again to see the family as it is now, then import.</source>
        <translation>Fila %1: otra persona cambió la familia %2 después de la vista previa%3. No se importó nada, así que su cambio se conserva. Revise la hoja de nuevo para ver la familia como está ahora y luego importe.</translation>
    </message>
    <message>
        <source>%1 row%2 of the sheet %3 errors; nothing was imported. Correct them and import again.</source>
        <translation>%1 fila%2 de la hoja %3 errores; no se importó nada. Corríjalos e importe de nuevo.</translation>
    </message>
    <message>
        <source>The sheet has no rows to import.</source>
        <translation>La hoja no tiene filas para importar.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with a &quot;columns&quot; object.</source>
        <translation>La asociación debe ser un objeto JSON con un objeto &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;sheet&quot; must be a sheet name.</source>
        <translation>El &quot;sheet&quot; de la asociación debe ser el nombre de una hoja.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for &apos;%2&apos;) is not a field. Fields: %3.</source>
        <translation>«%1» (para «%2») no es un campo. Campos: %3.</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;date_order&quot; is one of DMY, MDY, YMD and its &quot;duplicates&quot; one of skip, update, new.</source>
        <translation>El &quot;date_order&quot; de la asociación es uno de DMY, MDY, YMD y su &quot;duplicates&quot; uno de skip, update, new.</translation>
    </message>
    <message>
        <source>There is no mapping file %1.</source>
        <translation>No existe el archivo de asociación %1.</translation>
    </message>
    <message>
        <source>%1 is not a JSON mapping file (%2).</source>
        <translation>%1 no es un archivo de asociación JSON (%2).</translation>
    </message>
    <message>
        <source>Map a column to the family name (or the caregiver&apos;s name).</source>
        <translation>Asocie una columna al nombre de la familia (o al nombre del cuidador/a).</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; import it in parts.</source>
        <translation>La hoja tiene más de %1 filas; impórtela por partes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field this program imports.</source>
        <translation>«%1» no es un campo que este programa importe.</translation>
    </message>
    <message>
        <source>The sheet has no column named &apos;%1&apos;.</source>
        <translation>La hoja no tiene ninguna columna llamada «%1».</translation>
    </message>
    <message>
        <source>Both &apos;%1&apos; and &apos;%2&apos; are mapped to the same field.</source>
        <translation>«%1» y «%2» están asociadas al mismo campo.</translation>
    </message>
    <message>
        <source>Choose a CSV file (.csv) or an Excel workbook (.xlsx).</source>
        <translation>Elija un archivo CSV (.csv) o un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file.</source>
        <translation>%1 no es un archivo de texto (CSV).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; import it in parts.</source>
        <translation>El archivo tiene más de %1 filas; impórtelo por partes.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;.</source>
        <translation>El libro no tiene ninguna hoja llamada «%1».</translation>
    </message>
    <message>
        <source>There is no file %1 any more.</source>
        <translation>Ya no existe el archivo %1.</translation>
    </message>
    <message>
        <source>You may not read %1.</source>
        <translation>No tiene permiso para leer %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 could not be read as an Excel workbook (.xlsx). Save it from Excel as .xlsx or as CSV and try again.</source>
        <translation>%1 no se pudo leer como libro de Excel (.xlsx). Guárdelo desde Excel como .xlsx o como CSV e intente de nuevo.</translation>
    </message>
    <message>
        <source>Unknown kind of file &apos;%1&apos;.</source>
        <translation>Tipo de archivo desconocido: «%1».</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El período termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>The period starts in the future.</source>
        <translation>El período empieza en el futuro.</translation>
    </message>
    <message>
        <source>Handouts are available in English (en), Spanish (es), Vietnamese (vi) and Arabic (ar).</source>
        <translation>Los folletos están disponibles en inglés (en), español (es), vietnamita (vi) y árabe (ar).</translation>
    </message>
    <message>
        <source>No visit with id %1.</source>
        <translation>No hay ninguna visita con id %1.</translation>
    </message>
    <message>
        <source>A handout is made for a completed visit; this visit is &apos;%1&apos;.</source>
        <translation>Un folleto se hace para una visita realizada; esta visita está «%1».</translation>
    </message>
    <message>
        <source>ASQ:SE-2: enter the total score.</source>
        <translation>ASQ:SE-2: escriba el puntaje total.</translation>
    </message>
    <message>
        <source>No %1 questionnaire fits a screening age of %2.</source>
        <translation>Ningún cuestionario %1 corresponde a una edad de tamizaje de %2.</translation>
    </message>
    <message>
        <source>The screening date cannot be in the future.</source>
        <translation>La fecha del tamizaje no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Say why no referral is needed.</source>
        <translation>Indique por qué no hace falta una derivación.</translation>
    </message>
    <message>
        <source>Make a referral for this alert (agency, reason, follow-up date): saving the referral closes the alert.</source>
        <translation>Haga una derivación para esta alerta (agencia, motivo, fecha de seguimiento): guardar la derivación cierra la alerta.</translation>
    </message>
    <message>
        <source>The screening date is before the family&apos;s referral.</source>
        <translation>La fecha del tamizaje es anterior a la derivación de la familia.</translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation>Esa alerta ya no existe.</translation>
    </message>
    <message>
        <source>%1 is given to a caregiver: choose one.</source>
        <translation>%1 se aplica a un/a cuidador/a: elija uno/a.</translation>
    </message>
    <message>
        <source>%1 is given for a child: choose one.</source>
        <translation>%1 se aplica a un/a niño/a: elija uno/a.</translation>
    </message>
    <message>
        <source>That visit is not one of this family&apos;s visits.</source>
        <translation>Esa visita no es una de las visitas de esta familia.</translation>
    </message>
    <message>
        <source>A safety check is recorded for a self-harm answer only.</source>
        <translation>Una verificación de seguridad se registra solo ante una respuesta de autolesión.</translation>
    </message>
    <message>
        <source>The safety check for this screening is already recorded.</source>
        <translation>La verificación de seguridad de este tamizaje ya está registrada.</translation>
    </message>
    <message>
        <source>This note cannot be signed until the same-day safety check is recorded (who did it, what was done, the outcome) for the self-harm answer on the %1. Use “Record safety check…”.</source>
        <translation>Esta nota no se puede firmar hasta que se registre la verificación de seguridad del mismo día (quién la hizo, qué se hizo, el resultado) por la respuesta de autolesión del %1. Use «Registrar la verificación de seguridad…».</translation>
    </message>
    <message>
        <source>That screening no longer exists.</source>
        <translation>Ese tamizaje ya no existe.</translation>
    </message>
    <message>
        <source>That visit note no longer exists.</source>
        <translation>Esa nota de visita ya no existe.</translation>
    </message>
    <message>
        <source>Choose a page from 1 to %1.</source>
        <translation>Elija una página de 1 a %1.</translation>
    </message>
    <message>
        <source>A supervisor reviews their own team only.</source>
        <translation>Una supervisora revisa solo su propio equipo.</translation>
    </message>
    <message>
        <source>Give both the first and the last date of the period.</source>
        <translation>Indique la primera y la última fecha del período.</translation>
    </message>
    <message>
        <source>That specialist is not on this team.</source>
        <translation>Esa especialista no está en este equipo.</translation>
    </message>
    <message>
        <source>That specialist is not on your team.</source>
        <translation>Esa especialista no está en su equipo.</translation>
    </message>
    <message>
        <source>That supervision session no longer exists.</source>
        <translation>Esa sesión de supervisión ya no existe.</translation>
    </message>
    <message>
        <source>Only the supervisor who recorded this session may change or delete it.</source>
        <translation>Solo la supervisora que registró esta sesión puede cambiarla o eliminarla.</translation>
    </message>
    <message>
        <source>Choose families on this specialist&apos;s caseload.</source>
        <translation>Elija familias de la carga de casos de esta especialista.</translation>
    </message>
    <message>
        <source>A session stays with the specialist it was held with.</source>
        <translation>Una sesión queda con la especialista con quien se tuvo.</translation>
    </message>
    <message>
        <source>Unknown period %1.</source>
        <translation>Período desconocido %1.</translation>
    </message>
    <message>
        <source>The draft is too long to keep; shorten the note&apos;s text (see each section&apos;s limit).</source>
        <translation>El borrador es demasiado largo para guardarlo; acorte el texto de la nota (vea el límite de cada sección).</translation>
    </message>
    <message>
        <source>The draft holds a character that cannot be kept.</source>
        <translation>El borrador contiene un carácter que no se puede guardar.</translation>
    </message>
    <message>
        <source>This note&apos;s draft was changed in another window after you opened it.</source>
        <translation>El borrador de esta nota se cambió en otra ventana después de que usted la abrió.</translation>
    </message>
    <message>
        <source>This note&apos;s draft was saved in another window at the same moment.</source>
        <translation>El borrador de esta nota se guardó en otra ventana en el mismo momento.</translation>
    </message>
    <message>
        <source>Write the section for the family before you save it.</source>
        <translation>Escriba la sección para la familia antes de guardarla.</translation>
    </message>
    <message>
        <source>Someone saved this note after the preview opened it. Open the handout again to see their version; your text is still here.</source>
        <translation>Otra persona guardó esta nota después de que la vista previa la abriera. Abra el folleto de nuevo para ver su versión; su texto sigue aquí.</translation>
    </message>
    <message>
        <source>Choose the section the amendment is about.</source>
        <translation>Elija la sección a la que se refiere la enmienda.</translation>
    </message>
    <message>
        <source>That goal is not one of this family&apos;s goals.</source>
        <translation>Esa meta no es una de las metas de esta familia.</translation>
    </message>
    <message>
        <source>The goal “%1” is %2; only active goals can be rated.</source>
        <translation>La meta «%1» está %2; solo se pueden calificar las metas activas.</translation>
    </message>
    <message>
        <source>A goal is rated twice in this note.</source>
        <translation>Una meta está calificada dos veces en esta nota.</translation>
    </message>
    <message>
        <source>Rate progress on “%1” from 1 to 5.</source>
        <translation>Califique el progreso en «%1» de 1 a 5.</translation>
    </message>
    <message>
        <source>Choose what happened at the visit (the outcome).</source>
        <translation>Elija qué pasó en la visita (el resultado).</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Esta nota ya está firmada.</translation>
    </message>
    <message>
        <source>The note changed since you opened it. Reopen it before signing.</source>
        <translation>La nota cambió desde que usted la abrió. Vuelva a abrirla antes de firmar.</translation>
    </message>
    <message>
        <source>This note is not signed yet: edit it directly.</source>
        <translation>Esta nota aún no está firmada: edítela directamente.</translation>
    </message>
    <message>
        <source>The author has not signed this note yet.</source>
        <translation>La autora todavía no firmó esta nota.</translation>
    </message>
    <message>
        <source>This note is already co-signed.</source>
        <translation>Esta nota ya está cofirmada.</translation>
    </message>
    <message>
        <source>The note changed since you opened it. Reopen it.</source>
        <translation>La nota cambió desde que usted la abrió. Vuelva a abrirla.</translation>
    </message>
    <message>
        <source>This note was changed outside the app after it was signed, so it cannot be co-signed. Tell your administrator.</source>
        <translation>Esta nota se cambió fuera del programa después de firmarse, así que no se puede cofirmar. Avise a su administrador.</translation>
    </message>
    <message>
        <source>That visit belongs to another family.</source>
        <translation>Esa visita pertenece a otra familia.</translation>
    </message>
    <message>
        <source>This note is signed and locked. Add an amendment instead.</source>
        <translation>Esta nota está firmada y bloqueada. Agregue una enmienda en su lugar.</translation>
    </message>
    <message>
        <source>Someone else saved this note after you opened it. Compare the two versions; yours is not lost.</source>
        <translation>Otra persona guardó esta nota después de que usted la abrió. Compare las dos versiones; la suya no se pierde.</translation>
    </message>
</context>
<context>
    <name>DomainRatingsChart</name>
    <message>
        <source>Goal progress by domain</source>
        <translation>Progreso de las metas por área</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean latest rating of active goals</source>
        <translation>Promedio de la última calificación de las metas activas</translation>
    </message>
    <message>
        <source>No goal ratings yet.</source>
        <translation>Aún no hay calificaciones de metas.</translation>
    </message>
    <message>
        <source>Mean of each active goal&apos;s latest rating: 1 not yet started … 5 achieved</source>
        <translation>Promedio de la última calificación: 1 sin empezar … 5 alcanzada</translation>
    </message>
</context>
<context>
    <name>DomainValue</name>
    <message>
        <source>open this family&apos;s record</source>
        <translation>abrir el registro de esta familia</translation>
    </message>
    <message>
        <source>add a family to this caseload</source>
        <translation>agregar una familia a esta carga de casos</translation>
    </message>
    <message>
        <source>change this family&apos;s details, caregivers, children or goals</source>
        <translation>cambiar los datos, cuidadores/as, niños/as o metas de esta familia</translation>
    </message>
    <message>
        <source>write visit notes, drafts, screenings and follow-ups for this family</source>
        <translation>escribir notas de visita, borradores, tamizajes y seguimientos de esta familia</translation>
    </message>
    <message>
        <source>sign this note</source>
        <translation>firmar esta nota</translation>
    </message>
    <message>
        <source>co-sign this note</source>
        <translation>cofirmar esta nota</translation>
    </message>
    <message>
        <source>amend this note</source>
        <translation>enmendar esta nota</translation>
    </message>
    <message>
        <source>give this family to another specialist</source>
        <translation>pasar esta familia a otra especialista</translation>
    </message>
    <message>
        <source>close, hold or reopen this case</source>
        <translation>cerrar, pausar o reabrir este caso</translation>
    </message>
    <message>
        <source>export these families to a file</source>
        <translation>exportar estas familias a un archivo</translation>
    </message>
    <message>
        <source>print these families</source>
        <translation>imprimir estas familias</translation>
    </message>
    <message>
        <source>make a report of these families</source>
        <translation>hacer un informe de estas familias</translation>
    </message>
    <message>
        <source>see the team dashboard</source>
        <translation>ver el tablero del equipo</translation>
    </message>
    <message>
        <source>ask for emergency access to a family</source>
        <translation>pedir acceso de emergencia a una familia</translation>
    </message>
    <message>
        <source>look up a family by case number</source>
        <translation>buscar una familia por número de caso</translation>
    </message>
    <message>
        <source>see the staff list</source>
        <translation>ver la lista del personal</translation>
    </message>
    <message>
        <source>see the agency settings</source>
        <translation>ver los ajustes de la agencia</translation>
    </message>
    <message>
        <source>lock, unlock or sign out of your own account, or change its passphrase</source>
        <translation>bloquear, desbloquear o cerrar la sesión de su propia cuenta, o cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>add a staff account</source>
        <translation>agregar una cuenta del personal</translation>
    </message>
    <message>
        <source>add or change staff accounts</source>
        <translation>agregar o cambiar cuentas del personal</translation>
    </message>
    <message>
        <source>change the agency&apos;s clinical settings</source>
        <translation>cambiar los ajustes clínicos de la agencia</translation>
    </message>
    <message>
        <source>change the agency&apos;s sign-in, lock, PDF and emergency-access settings</source>
        <translation>cambiar los ajustes de inicio de sesión, bloqueo, PDF y acceso de emergencia de la agencia</translation>
    </message>
    <message>
        <source>encrypt the database or see its unencrypted copies</source>
        <translation>cifrar la base de datos o ver sus copias sin cifrar</translation>
    </message>
    <message>
        <source>make, look into or restore backups</source>
        <translation>hacer, revisar o restaurar copias de seguridad</translation>
    </message>
    <message>
        <source>read, save or verify the audit trail</source>
        <translation>leer, guardar o verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>see who looked at this family</source>
        <translation>ver quién consultó esta familia</translation>
    </message>
    <message>
        <source>record reflective supervision with a specialist on your team</source>
        <translation>registrar supervisión reflexiva con una especialista de su equipo</translation>
    </message>
    <message>
        <source>see reflective supervision sessions</source>
        <translation>ver las sesiones de supervisión reflexiva</translation>
    </message>
    <message>
        <source>a specialist</source>
        <translation>una especialista</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>una supervisora</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un/a administrador/a</translation>
    </message>
    <message>
        <source>a specialist or a supervisor</source>
        <translation>una especialista o una supervisora</translation>
    </message>
    <message>
        <source>a supervisor or an administrator</source>
        <translation>una supervisora o un/a administrador/a</translation>
    </message>
    <message>
        <source>a specialist or a supervisor or an administrator</source>
        <translation>una especialista, una supervisora o un/a administrador/a</translation>
    </message>
    <message>
        <source>a specialist or an administrator</source>
        <translation>una especialista o un/a administrador/a</translation>
    </message>
</context>
<context>
    <name>DomainWord</name>
    <message>
        <source>month</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corregida</translation>
    </message>
    <message>
        <source>due in</source>
        <translation>FPP en</translation>
    </message>
    <message>
        <source>Caregiver depression screen</source>
        <translation>Tamizaje de depresión del cuidador</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dentro de</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Draft not saved: {0}</source>
        <translation>Borrador no guardado: {0}</translation>
    </message>
    <message>
        <source>Draft not saved: another window saved a newer one</source>
        <translation>Borrador no guardado: otra ventana guardó uno más reciente</translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation>Borrador guardado a las {0}</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <source>Printed on the family&apos;s handout. Plain, warm words in the family&apos;s language; no clinical notes.</source>
        <translation>Se imprime en el folleto de la familia. Palabras sencillas y cálidas en el idioma de la familia; sin notas clínicas.</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Note integrity warning</source>
        <translation>Aviso de integridad de la nota</translation>
    </message>
    <message>
        <source>Last visit&apos;s plan</source>
        <translation>Plan de la última visita</translation>
    </message>
    <message>
        <source>Screenings at this visit</source>
        <translation>Tamizajes en esta visita</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ninguno registrado.</translation>
    </message>
    <message>
        <source>Record a &amp;screening…</source>
        <translation>Registrar un &amp;tamizaje…</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>&amp;Plan the next visit on</source>
        <translation>&amp;Planificar la próxima visita el</translation>
    </message>
    <message>
        <source>Next visit date</source>
        <translation>Fecha de la próxima visita</translation>
    </message>
    <message>
        <source>Next visit time</source>
        <translation>Hora de la próxima visita</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Historial de la nota</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Enmendar…</translation>
    </message>
    <message>
        <source>&amp;Co-sign</source>
        <translation>&amp;Cofirmar</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Fir&amp;mar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation>Guardar la nota (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>For the family</source>
        <translation>Para la familia</translation>
    </message>
    <message>
        <source>Your note to the family</source>
        <translation>Su nota para la familia</translation>
    </message>
    <message>
        <source>What went well, what you will try together, in the family&apos;s own words</source>
        <translation>Lo que salió bien, lo que intentarán juntos, con las propias palabras de la familia</translation>
    </message>
    <message>
        <source>the family&apos;s language</source>
        <translation>el idioma de la familia</translation>
    </message>
    <message>
        <source>Language: %s.</source>
        <translation>Idioma: %s.</translation>
    </message>
    <message>
        <source>No plan written.</source>
        <translation>No se escribió un plan.</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>New note — not saved yet</source>
        <translation>Nota nueva — aún sin guardar</translation>
    </message>
    <message>
        <source>Signed by {0}, {1} — locked</source>
        <translation>Firmada por {0}, {1} — bloqueada</translation>
    </message>
    <message>
        <source>Co-signed by {0}</source>
        <translation>Cofirmada por {0}</translation>
    </message>
    <message>
        <source>Unsigned note by {0} — read only</source>
        <translation>Nota sin firmar de {0} — solo lectura</translation>
    </message>
    <message>
        <source> (total {0})</source>
        <translation> (total {0})</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>This family</source>
        <translation>Esta familia</translation>
    </message>
    <message>
        <source>&lt;b&gt;{which} is not on your caseload.&lt;/b&gt;&lt;p&gt;Open its record only if you need it now, for the family&apos;s care (for example, the family calls in a crisis while their specialist is away).&lt;/p&gt;&lt;p&gt;Your name, the time and your reason are recorded and shown to the supervisors. You can read the record and write visit notes for {hours} hours.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{which} no está en su carga de casos.&lt;/b&gt;&lt;p&gt;Abra su registro solo si lo necesita ahora, para la atención de la familia (por ejemplo, la familia llama en una crisis mientras su especialista no está).&lt;/p&gt;&lt;p&gt;Su nombre, la hora y su motivo quedan registrados y se muestran a las supervisoras. Puede leer el registro y escribir notas de visita durante {hours} horas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Why you need this record now, in a few words</source>
        <translation>Por qué necesita este registro ahora, en pocas palabras</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Abrir el registro</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessList</name>
    <message>
        <source>Running, until {time}</source>
        <translation>En curso, hasta las {time}</translation>
    </message>
    <message>
        <source>Ended {time}</source>
        <translation>Terminó a las {time}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Families opened outside a caseload by you or your team, and your team&apos;s families opened by others, with the reason given.</source>
        <translation>Familias abiertas fuera de una carga de casos por usted o su equipo, y las familias de su equipo abiertas por otras personas, con el motivo indicado.</translation>
    </message>
    <message>
        <source>No one used emergency access in this period.</source>
        <translation>Nadie usó el acceso de emergencia en este período.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Su &amp;contraseña:</translation>
    </message>
    <message>
        <source>Encrypt now</source>
        <translation>Cifrar ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>This database file is not encrypted: anyone who copies it can read every family&apos;s record. Encrypting it takes a moment: a backup first, then an encrypted copy that is checked against the original before it takes its place.</source>
        <translation>Este archivo de base de datos no está cifrado: cualquiera que lo copie puede leer el registro de cada familia. Cifrarlo toma un momento: primero una copia de seguridad, luego una copia cifrada que se compara con la original antes de ocupar su lugar.</translation>
    </message>
    <message>
        <source>Your password opens it from then on. Other staff open it after signing in once on this computer while it is open (Account &gt; Sign in as someone else), or after you reset their passwords.</source>
        <translation>Desde entonces, su contraseña la abre. El resto del personal la abre después de iniciar sesión una vez en esta computadora mientras está abierta (Cuenta &gt; Iniciar sesión como otra persona), o después de que usted restablezca sus contraseñas.</translation>
    </message>
    <message>
        <source>Encrypting: backup, encrypted copy, check…</source>
        <translation>Cifrando: copia de seguridad, copia cifrada, verificación…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>{0}: something went wrong</source>
        <translation>{0}: algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and this action did not finish. Nothing was half-saved: each change is saved whole or not at all.

If it happens again, copy the details below and send them to your administrator.</source>
        <translation>Algo inesperado salió mal y esta acción no terminó. No quedó nada guardado a medias: cada cambio se guarda entero o no se guarda.

Si vuelve a pasar, copie los detalles de abajo y envíelos a su administrador/a.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>{0} holds protected health information. Once it is saved, printed or opened in another program it leaves IMH Desktop&apos;s protected store: the program no longer controls who can read it. Keep it only where your agency allows, and delete it when it is no longer needed.</source>
        <translation>{0} contiene información de salud protegida. Una vez guardado, impreso o abierto en otro programa, sale del almacén protegido de IMH Desktop: el programa ya no controla quién puede leerlo. Consérvelo solo donde su agencia lo permita y bórrelo cuando ya no se necesite.</translation>
    </message>
</context>
<context>
    <name>FactorDialog</name>
    <message>
        <source>Rate a protective factor</source>
        <translation>Calificar un factor de protección</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Calificación:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;What you saw:</source>
        <translation>&amp;Lo que observó:</translation>
    </message>
    <message>
        <source>Each rating is kept with its date; the newest one is current.</source>
        <translation>Cada calificación se guarda con su fecha; la más reciente es la actual.</translation>
    </message>
</context>
<context>
    <name>FactorRating</name>
    <message>
        <source>A strength</source>
        <translation>Una fortaleza</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>A need</source>
        <translation>Una necesidad</translation>
    </message>
</context>
<context>
    <name>FamilyAccessDialog</name>
    <message>
        <source>Who looked at this family</source>
        <translation>Quién consultó esta familia</translation>
    </message>
    <message>
        <source>Everyone who opened, printed or changed this family&apos;s records, newest first.</source>
        <translation>Todas las personas que abrieron, imprimieron o cambiaron los registros de esta familia, lo más reciente primero.</translation>
    </message>
    <message>
        <source>Who looked at {0}</source>
        <translation>Quién consultó {0}</translation>
    </message>
    <message>
        <source>No one has looked at this family&apos;s records yet.</source>
        <translation>Nadie ha consultado todavía los registros de esta familia.</translation>
    </message>
</context>
<context>
    <name>FamilyConflict</name>
    <message>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de derivación</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Frecuencia de visitas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation>Nota de cierre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>Parentesco con el niño/a</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
    <message>
        <source>Gestation</source>
        <translation>Gestación</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>{0}+{1} wk</source>
        <translation>{0}+{1} sem</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>A término</translation>
    </message>
    <message>
        <source>This {0} was removed after you opened it; nothing was saved.</source>
        <translation>Este/a {0} se eliminó después de que usted lo abrió; no se guardó nada.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Edit family</source>
        <translation>Editar familia</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nueva familia</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
    <message>
        <source>Child (untick for a family enrolled in pregnancy)</source>
        <translation>Niño/a (desmarque para una familia inscrita durante el embarazo)</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <source>Family name:</source>
        <translation>Nombre de la familia:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn family</source>
        <translation>p. ej., familia Nguyễn</translation>
    </message>
    <message>
        <source>Choose a specialist</source>
        <translation>Elija una especialista</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Especialista:</translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation>Fuente de derivación:</translation>
    </message>
    <message>
        <source>Referral date:</source>
        <translation>Fecha de derivación:</translation>
    </message>
    <message>
        <source>Visit frequency:</source>
        <translation>Frecuencia de visitas:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>FamilyHeader</name>
    <message>
        <source>Stressors</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Release to {agency} expires {day}</source>
        <translation>La autorización para {agency} vence el {day}</translation>
    </message>
</context>
<context>
    <name>FamilyRecord</name>
    <message>
        <source>Term (not recorded)</source>
        <translation>A término (no registrado)</translation>
    </message>
    <message>
        <source>%1+%2 wk</source>
        <translation>%1+%2 sem</translation>
    </message>
</context>
<context>
    <name>FamilyRecordWidget</name>
    <message>
        <source>Family record sections</source>
        <translation>Secciones del registro familiar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Tamizajes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Stressors and strengths</source>
        <translation>Factores de estrés y fortalezas</translation>
    </message>
    <message>
        <source>Releases expiring</source>
        <translation>Autorizaciones por vencer</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>The family at a glance</source>
        <translation>La familia de un vistazo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Cuidadores/as</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños/as</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador/a</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño/a</translation>
    </message>
    <message>
        <source>Add caregiver…</source>
        <translation>Agregar cuidador/a…</translation>
    </message>
    <message>
        <source>Add child…</source>
        <translation>Agregar niño/a…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>not born yet</source>
        <translation>aún no ha nacido</translation>
    </message>
    <message>
        <source>Emergency access until {time}: this family is not on your caseload. You can read the record and write visit notes; your access is recorded.</source>
        <translation>Acceso de emergencia hasta las {time}: esta familia no está en su carga de casos. Puede leer el registro y escribir notas de visita; su acceso queda registrado.</translation>
    </message>
    <message>
        <source>Specialist: {0}</source>
        <translation>Especialista: {0}</translation>
    </message>
    <message>
        <source>Visits: {0}</source>
        <translation>Visitas: {0}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Not yet enrolled</source>
        <translation>Aún no inscrita</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>Frecuencia de visitas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>FamilySectionPanel</name>
    <message>
        <source>For the family (printed on the handout)</source>
        <translation>Para la familia (se imprime en el folleto)</translation>
    </message>
    <message>
        <source>For the family</source>
        <translation>Para la familia</translation>
    </message>
    <message>
        <source>Reason for the amendment (the note is signed)</source>
        <translation>Motivo de la enmienda (la nota está firmada)</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo de la enmienda</translation>
    </message>
    <message>
        <source>Family section edited in the handout preview</source>
        <translation>Sección de la familia editada en la vista previa del folleto</translation>
    </message>
    <message>
        <source>S&amp;how on the page</source>
        <translation>&amp;Mostrar en la página</translation>
    </message>
    <message>
        <source>Save as an &amp;amendment</source>
        <translation>Guardar como &amp;enmienda</translation>
    </message>
    <message>
        <source>Save to the &amp;note</source>
        <translation>Guardar en la &amp;nota</translation>
    </message>
    <message>
        <source>Not saved: save it to the note before the handout goes to the family.</source>
        <translation>No guardado: guárdelo en la nota antes de que el folleto llegue a la familia.</translation>
    </message>
    <message>
        <source>The handout is {0} pages: the text flows onto the next page, nothing is cut. Shorten the section if the family should have one page.</source>
        <translation>El folleto tiene {0} páginas: el texto sigue en la página siguiente, no se corta nada. Acorte la sección si la familia debe recibir una sola página.</translation>
    </message>
    <message>
        <source>Saved to the note.</source>
        <translation>Guardado en la nota.</translation>
    </message>
</context>
<context>
    <name>FamilyStatus</name>
    <message>
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>FamilyTabs</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>{0} error</source>
        <translation>Error de {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elija la hoja de cálculo</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx), one family a row.</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx), una familia por fila.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>(the only one)</source>
        <translation>(la única)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>That sheet has no rows under its header.</source>
        <translation>Esa hoja no tiene filas debajo del encabezado.</translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation>%1 filas y %2 columnas.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Registrar el seguimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; since {day}&lt;br&gt;{text}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; desde el {day}&lt;br&gt;{text}</translation>
    </message>
    <message>
        <source>Make a referral</source>
        <translation>Hacer una derivación</translation>
    </message>
    <message>
        <source>Record a safety assessment</source>
        <translation>Registrar una evaluación de seguridad</translation>
    </message>
    <message>
        <source>No referral, with a reason</source>
        <translation>Sin derivación, con un motivo</translation>
    </message>
    <message>
        <source>What was done; for “no referral”, say why</source>
        <translation>Lo que se hizo; para «sin derivación», diga por qué</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Make the referral…</source>
        <translation>Hacer la derivación…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Safety assessment</source>
        <translation>Evaluación de seguridad</translation>
    </message>
    <message>
        <source>No referral (reasoned)</source>
        <translation>Sin derivación (con motivo)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
</context>
<context>
    <name>GestationEdit</name>
    <message>
        <source>Term (not recorded)</source>
        <translation>A término (no registrado)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Gestational age at birth, weeks</source>
        <translation>Edad gestacional al nacer, semanas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Gestational age at birth, days past the weeks</source>
        <translation>Edad gestacional al nacer, días además de las semanas</translation>
    </message>
    <message>
        <source>As on the birth record: 36 weeks + 6 days is 36+6</source>
        <translation>Como en el acta de nacimiento: 36 semanas + 6 días es 36+6</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Its plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>Screenings due</source>
        <translation>Tamizajes pendientes</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador/a</translation>
    </message>
    <message>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <source>no active goal</source>
        <translation>ninguna meta activa</translation>
    </message>
    <message>
        <source>no plan written</source>
        <translation>no se escribió un plan</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nadie registrado</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>ninguna planificada</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>aún sin calificar</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>The whole family</source>
        <translation>Toda la familia</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar la meta</translation>
    </message>
    <message>
        <source>Revise goal</source>
        <translation>Revisar la meta</translation>
    </message>
    <message>
        <source>A new statement or target date is saved as a revision: the current goal is kept as “revised”, and signed notes keep what they rated.</source>
        <translation>Un nuevo enunciado o fecha meta se guarda como revisión: la meta actual queda como «revisada», y las notas firmadas conservan lo que calificaron.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Goal statement:</source>
        <translation>&amp;Enunciado de la meta:</translation>
    </message>
    <message>
        <source>Where things stand now</source>
        <translation>Cómo están las cosas ahora</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Fecha &amp;meta:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <source>Free text: write the goal below</source>
        <translation>Texto libre: escriba la meta abajo</translation>
    </message>
    <message>
        <source>Choose an example to start from…</source>
        <translation>Elija un ejemplo para empezar…</translation>
    </message>
    <message>
        <source>Goal statement</source>
        <translation>Enunciado de la meta</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Esa meta ya no existe.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>Not saved: someone else&apos;s version is newer. Yours is kept here.</source>
        <translation>No guardado: la versión de otra persona es más reciente. La suya se conserva aquí.</translation>
    </message>
</context>
<context>
    <name>GoalDomain</name>
    <message>
        <source>Attachment and relationship</source>
        <translation>Apego y relación</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Serve and return</source>
        <translation>Interacciones de ida y vuelta</translation>
    </message>
    <message>
        <source>Caregiver well-being</source>
        <translation>Bienestar del cuidador/a</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Safety and basic needs</source>
        <translation>Seguridad y necesidades básicas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>GoalProgressChart</name>
    <message>
        <source>Progress chart</source>
        <translation>Gráfico de progreso</translation>
    </message>
</context>
<context>
    <name>GoalRatingsPanel</name>
    <message>
        <source>Goals addressed</source>
        <translation>Metas trabajadas</translation>
    </message>
    <message>
        <source>This family has no active goals yet. Add them on the Goals tab.</source>
        <translation>Esta familia aún no tiene metas activas. Agréguelas en la pestaña Metas.</translation>
    </message>
    <message>
        <source>Progress on goal: {0}</source>
        <translation>Progreso en la meta: {0}</translation>
    </message>
    <message>
        <source>Short note on progress (optional)</source>
        <translation>Nota breve sobre el progreso (opcional)</translation>
    </message>
    <message>
        <source>Progress note: {0}</source>
        <translation>Nota de progreso: {0}</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Suspendida</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Agregar meta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>Mark a&amp;chieved</source>
        <translation>Marcar como a&amp;lcanzada</translation>
    </message>
    <message>
        <source>&amp;Discontinue</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Ratings of the goal</source>
        <translation>Calificaciones de la meta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress&lt;/b&gt; (1 = no change … 5 = achieved)</source>
        <translation>&lt;b&gt;Progreso&lt;/b&gt; (1 = sin cambio … 5 = alcanzada)</translation>
    </message>
    <message>
        <source>{0} (revision)</source>
        <translation>{0} (revisión)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No goals yet. Add the family&apos;s first goal.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay metas. Agregue la primera meta de la familia.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Reemplazada por</translation>
    </message>
    <message>
        <source>Revision of</source>
        <translation>Revisión de</translation>
    </message>
    <message>
        <source>{0} (revised {1})</source>
        <translation>{0} (revisada el {1})</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>C&amp;heck the sheet again</source>
        <translation>&amp;Revisar la hoja de nuevo</translation>
    </message>
    <message>
        <source>Importing… nothing is saved until every row is in.</source>
        <translation>Importando… no se guarda nada hasta que estén todas las filas.</translation>
    </message>
    <message>
        <source>Imported %1 new families; %2 updated; %3 skipped.</source>
        <translation>Importadas %1 familias nuevas; %2 actualizadas; %3 omitidas.</translation>
    </message>
    <message>
        <source>The import failed; nothing was saved.</source>
        <translation>La importación falló; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Quedará como</translation>
    </message>
    <message>
        <source>new family</source>
        <translation>familia nueva</translation>
    </message>
    <message>
        <source>skipped: same as %1</source>
        <translation>omitida: igual a %1</translation>
    </message>
    <message>
        <source>adds to %1</source>
        <translation>se agrega a %1</translation>
    </message>
    <message>
        <source>new, though like %1</source>
        <translation>nueva, aunque parecida a %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>EPDS</source>
        <translation>EPDS</translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation>PHQ-9</translation>
    </message>
    <message>
        <source>ASQ-3</source>
        <translation>ASQ-3</translation>
    </message>
    <message>
        <source>ASQ:SE-2</source>
        <translation>ASQ:SE-2</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>(self-harm item)</source>
        <translation>(ítem de autolesión)</translation>
    </message>
    <message>
        <source>{answer}  — scores {score}</source>
        <translation>{answer}  — puntaje {score}</translation>
    </message>
    <message>
        <source>Item {n}: {answer}, scores {score}</source>
        <translation>Ítem {n}: {answer}, puntaje {score}</translation>
    </message>
    <message>
        <source>{instructions} Choose the answer the person gave, as worded; its score shows beside it. Keyboard: on an item, press the score (0-3).</source>
        <translation>{instructions} Elija la respuesta que dio la persona, tal como está redactada; su puntaje aparece al lado. Teclado: en un ítem, presione el puntaje (0-3).</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Última calificación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Corrected age</source>
        <translation>Edad corregida</translation>
    </message>
    <message>
        <source>Gestation</source>
        <translation>Gestación</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Plan, or why it did not take place</source>
        <translation>Plan, o por qué no se realizó</translation>
    </message>
    <message>
        <source>Goals addressed</source>
        <translation>Metas trabajadas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Tamizaje</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de visita</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>{0} is signed in. Their work stays as it was and their note drafts are saved.</source>
        <translation>{0} tiene la sesión iniciada. Su trabajo queda como estaba y sus borradores de notas se guardan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>Iniciar sesión como otra persona…</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the caseload as shown</source>
        <translation>Imprimir la carga de casos tal como se muestra</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the caseload as shown to Excel or CSV</source>
        <translation>Guardar la carga de casos tal como se muestra en Excel o CSV</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add families from a CSV file or an Excel workbook</source>
        <translation>Agregar familias desde un archivo CSV o un libro de Excel</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>Close the family record or dashboard in front</source>
        <translation>Cerrar el registro familiar o el tablero que está al frente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open family by case &amp;number…</source>
        <translation>Abrir familia por &amp;número de caso…</translation>
    </message>
    <message>
        <source>Open any family of the agency by its case number; one outside your caseload needs a reason (emergency access)</source>
        <translation>Abrir cualquier familia de la agencia por su número de caso; una fuera de su carga de casos necesita un motivo (acceso de emergencia)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Buscar en la carga de casos</translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation>Buscar en las &amp;notas…</translation>
    </message>
    <message>
        <source>Search the notes, amendments, goals, screenings and referrals you may read</source>
        <translation>Buscar en las notas, enmiendas, metas, tamizajes y derivaciones que puede leer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Show &amp;closed cases</source>
        <translation>Mostrar casos &amp;cerrados</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nueva familia…</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>Agregar una familia</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected family</source>
        <translation>Abrir la familia seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit family…</source>
        <translation>&amp;Editar familia…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Cerrar el caso…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Reabrir el caso</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>Poner en &amp;pausa</translation>
    </message>
    <message>
        <source>Re&amp;assign specialist…</source>
        <translation>Re&amp;asignar especialista…</translation>
    </message>
    <message>
        <source>Show &amp;visits</source>
        <translation>Mostrar &amp;visitas</translation>
    </message>
    <message>
        <source>Open the family&apos;s list of visits</source>
        <translation>Abrir la lista de visitas de la familia</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
        <source>&amp;Team dashboard</source>
        <translation>&amp;Tablero del equipo</translation>
    </message>
    <message>
        <source>Visits, notes, screenings and alerts across the team, by specialist</source>
        <translation>Visitas, notas, tamizajes y alertas de todo el equipo, por especialista</translation>
    </message>
    <message>
        <source>Program &amp;measures</source>
        <translation>&amp;Indicadores del programa</translation>
    </message>
    <message>
        <source>Measures for funders for a period, per specialist and for the program</source>
        <translation>Indicadores para los financiadores en un período, por especialista y del programa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>&amp;Familia</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>V&amp;isita</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (DEMO: invented data)</source>
        <translation> (DEMO: datos inventados)</translation>
    </message>
    <message>
        <source>Open records</source>
        <translation>Registros abiertos</translation>
    </message>
    <message>
        <source>No caseload</source>
        <translation>Sin carga de casos</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation>Resumen de la carga de casos</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Administrator account&lt;/h3&gt;&lt;p&gt;This account manages staff accounts and the agency&apos;s settings (Account &amp;gt; Staff accounts…). It opens no family&apos;s record, caseload or report.&lt;/p&gt;&lt;p&gt;If you also see families as a clinician, sign in with your clinician account for that work.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cuenta de administrador&lt;/h3&gt;&lt;p&gt;Esta cuenta administra las cuentas del personal y los ajustes de la agencia (Cuenta &amp;gt; Cuentas del personal…). No abre el registro, la carga de casos ni los informes de ninguna familia.&lt;/p&gt;&lt;p&gt;Si también atiende familias como clínica/o, inicie sesión con su cuenta clínica para ese trabajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Cuenta de administrador</translation>
    </message>
    <message>
        <source>This database is read-only: you can read and print, not save.</source>
        <translation>Esta base de datos es de solo lectura: puede leer e imprimir, pero no guardar.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de datos de solo lectura</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Haciendo la copia de seguridad antes de cerrar…</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Everything you saved is in the database; only today&apos;s copy is missing.</source>
        <translation>Todo lo que guardó está en la base de datos; solo falta la copia de hoy.</translation>
    </message>
    <message>
        <source>the caseload</source>
        <translation>la carga de casos</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Caseloads, visit notes and reports for infant mental health home-visiting programs.</source>
        <translation>Cargas de casos, notas de visita e informes para programas de visitas domiciliarias de salud mental infantil.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asociar las columnas</translation>
    </message>
    <message>
        <source>Say which field each column fills. Guessed from the headers; your choices are remembered.</source>
        <translation>Indique qué campo llena cada columna. Se dedujo de los encabezados; sus elecciones se recuerdan.</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Orden de las fechas</translation>
    </message>
    <message>
        <source>Find out from the dates</source>
        <translation>Deducirlo de las fechas</translation>
    </message>
    <message>
        <source>Day/month/year (25/03/2026)</source>
        <translation>Día/mes/año (25/03/2026)</translation>
    </message>
    <message>
        <source>Month/day/year (03/25/2026)</source>
        <translation>Mes/día/año (03/25/2026)</translation>
    </message>
    <message>
        <source>Year/month/day (2026/03/25)</source>
        <translation>Año/mes/día (2026/03/25)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>Las &amp;fechas están escritas:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
</context>
<context>
    <name>MeasureFamiliesDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Families behind the count</source>
        <translation>Familias detrás del recuento</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 counted. Open a family with Enter or a double click.</source>
        <translation>%1 — %2: %3 de %4 contadas. Abra una familia con Intro o con doble clic.</translation>
    </message>
</context>
<context>
    <name>MeasureFamiliesModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MeasuresExports</name>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Program measures</source>
        <translation>Indicadores del programa</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Prepared {day} by {name}</source>
        <translation>Preparado el {day} por {name}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Confidential: contains protected health information. Do not share without the family&apos;s written consent.</source>
        <translation>Confidencial: contiene información de salud protegida. No la comparta sin el consentimiento escrito de la familia.</translation>
    </message>
    <message>
        <source>these measures</source>
        <translation>estos indicadores</translation>
    </message>
    <message>
        <source>Export the program measures</source>
        <translation>Exportar los indicadores del programa</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>MeasuresView</name>
    <message>
        <source>Program measures</source>
        <translation>Indicadores del programa</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>from</source>
        <translation>del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar a PDF…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Program measures table</source>
        <translation>Tabla de indicadores del programa</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Click a count to see the families behind it.</source>
        <translation>Haga clic en un recuento para ver las familias que lo forman.</translation>
    </message>
    <message>
        <source>Administrators see counts only, never the families behind them.</source>
        <translation>Las administradoras ven solo recuentos, nunca las familias que los forman.</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Solo recuentos</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit caregiver</source>
        <translation>Editar cuidador/a</translation>
    </message>
    <message>
        <source>Add caregiver</source>
        <translation>Agregar cuidador/a</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Editar niño/a</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Agregar niño/a</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n flagged ⚠</source>
        <translation>
            <numerusform>%n marcada ⚠</numerusform>
            <numerusform>%n marcadas ⚠</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n más</numerusform>
            <numerusform>+ %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>Add staff</source>
        <translation>Agregar personal</translation>
    </message>
    <message>
        <source>e.g. mgarcia</source>
        <translation>p. ej., mgarcia</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisora</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Make another random temporary password</source>
        <translation>Generar otra contraseña temporal al azar</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Reports &amp;to:</source>
        <translation>Reporta &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reporta a</translation>
    </message>
    <message>
        <source>Give the temporary password to the person; they choose their own passphrase when they first sign in.</source>
        <translation>Entregue la contraseña temporal a la persona; elegirá su propia frase de contraseña la primera vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>NoteConflict</name>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Caregiver&apos;s response</source>
        <translation>Respuesta del cuidador/a</translation>
    </message>
    <message>
        <source>Child&apos;s presentation</source>
        <translation>Presentación del niño/a</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Specialist&apos;s reflection</source>
        <translation>Reflexión de la especialista</translation>
    </message>
    <message>
        <source>For the family</source>
        <translation>Para la familia</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Goal ratings</source>
        <translation>Calificaciones de metas</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Next visit time</source>
        <translation>Hora de la próxima visita</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Not saved: someone else&apos;s version is newer. Yours is kept here.</source>
        <translation>No guardado: la versión de otra persona es más reciente. La suya se conserva aquí.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>note (its draft is gone)</source>
        <translation>nota (su borrador ya no existe)</translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <source>Observation of the caregiver-infant interaction</source>
        <translation>Observación de la interacción cuidador/a–bebé</translation>
    </message>
    <message>
        <source>Cues, responses, affect: what the baby did and how the caregiver answered</source>
        <translation>Señales, respuestas, afecto: lo que hizo el bebé y cómo respondió el/la cuidador/a</translation>
    </message>
    <message>
        <source>Caregiver&apos;s response and reflection</source>
        <translation>Respuesta y reflexión del cuidador/a</translation>
    </message>
    <message>
        <source>What the caregiver said, noticed, tried</source>
        <translation>Lo que el/la cuidador/a dijo, notó, intentó</translation>
    </message>
    <message>
        <source>Child&apos;s presentation</source>
        <translation>Presentación del niño/a</translation>
    </message>
    <message>
        <source>State, regulation, health, development</source>
        <translation>Estado, regulación, salud, desarrollo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next steps, ideas for the family to try, next visit</source>
        <translation>Próximos pasos, ideas para que la familia pruebe, próxima visita</translation>
    </message>
    <message>
        <source>Specialist&apos;s reflection</source>
        <translation>Reflexión de la especialista</translation>
    </message>
    <message>
        <source>Your own reactions and questions to bring to reflective supervision</source>
        <translation>Sus propias reacciones y preguntas para llevar a la supervisión reflexiva</translation>
    </message>
    <message>
        <source>For supervision — never printed for the family.</source>
        <translation>Para supervisión — nunca se imprime para la familia.</translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <source>Protect the PDF</source>
        <translation>Proteger el PDF</translation>
    </message>
    <message>
        <source>Protect it with a password (AES-256)</source>
        <translation>Protegerlo con una contraseña (AES-256)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>The agency requires a password on every PDF saved outside the program.</source>
        <translation>La agencia exige una contraseña en cada PDF guardado fuera del programa.</translation>
    </message>
    <message>
        <source>Give the password to the reader separately.</source>
        <translation>Entregue la contraseña a quien lo lea por separado.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PlanWarning</name>
    <message>
        <source>Planning warnings</source>
        <translation>Avisos de planificación</translation>
    </message>
    <message>
        <source>No double booking; within working hours.</source>
        <translation>Sin doble reserva; dentro del horario de trabajo.</translation>
    </message>
    <message>
        <source>{case} at {start}–{end}</source>
        <translation>{case} de {start} a {end}</translation>
    </message>
    <message>
        <source>⚠ Double booking: already planned that day: {planned}.</source>
        <translation>⚠ Doble reserva: ya hay visitas planificadas ese día: {planned}.</translation>
    </message>
    <message>
        <source>⚠ Outside the agency&apos;s working hours ({hours}).</source>
        <translation>⚠ Fuera del horario de trabajo de la agencia ({hours}).</translation>
    </message>
    <message>
        <source>You can still save: these are warnings.</source>
        <translation>Aun así puede guardar: son avisos.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Show closed cases in the caseload</source>
        <translation>Mostrar los casos cerrados en la carga de casos</translation>
    </message>
    <message>
        <source>Refresh the caseload every</source>
        <translation>Actualizar la carga de casos cada</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The caseload opens on</source>
        <translation>La carga de casos abre en</translation>
    </message>
    <message>
        <source>The usual one for my role</source>
        <translation>La habitual para mi rol</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mi carga de casos</translation>
    </message>
    <message>
        <source>My team&apos;s caseload</source>
        <translation>La carga de casos de mi equipo</translation>
    </message>
    <message>
        <source>Lock the window after idle for</source>
        <translation>Bloquear la ventana tras inactividad de</translation>
    </message>
    <message>
        <source>The agency&apos;s limit</source>
        <translation>El límite de la agencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>At most the agency&apos;s limit of %n minute(s)</source>
        <translation>
            <numerusform>Como máximo el límite de la agencia de %n minuto</numerusform>
            <numerusform>Como máximo el límite de la agencia de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows opened from now on use it; all of them after a restart</source>
        <translation>Las ventanas que se abran desde ahora lo usan; todas, después de reiniciar</translation>
    </message>
</context>
<context>
    <name>PresentBox</name>
    <message>
        <source>Sibling</source>
        <translation>Hermano/a</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Abuelo/a</translation>
    </message>
    <message>
        <source>Another professional</source>
        <translation>Otro profesional</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Quiénes estuvieron presentes</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Cuidadores/as</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños/as</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otras personas</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Revisar las filas</translation>
    </message>
    <message>
        <source>Each row as it will be saved. Cells in red have errors (point at one to read it); nothing is imported until there are none.</source>
        <translation>Cada fila como se guardará. Las celdas en rojo tienen errores (señale una para leerlo); no se importa nada hasta que no quede ninguno.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas por importar</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Apply to selected rows</source>
        <translation>&amp;Aplicar a las filas seleccionadas</translation>
    </message>
    <message>
        <source>Save &amp;errors…</source>
        <translation>Guardar los &amp;errores…</translation>
    </message>
    <message>
        <source>D&amp;uplicates:</source>
        <translation>D&amp;uplicados:</translation>
    </message>
    <message>
        <source>Selected &amp;rows:</source>
        <translation>Filas &amp;seleccionadas:</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Add to the family already there</source>
        <translation>Agregar a la familia que ya existe</translation>
    </message>
    <message>
        <source>Import as new families</source>
        <translation>Importar como familias nuevas</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Rows: %1 · with errors: %2 · duplicates: %3</source>
        <translation>Filas: %1 · con errores: %2 · duplicados: %3</translation>
    </message>
    <message>
        <source>Choose how the dates are written (Back).</source>
        <translation>Elija cómo están escritas las fechas (Atrás).</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>la fila</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Guardar los errores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The errors could not be saved: </source>
        <translation>No se pudieron guardar los errores: </translation>
    </message>
</context>
<context>
    <name>ProtectiveFactor</name>
    <message>
        <source>Parental resilience</source>
        <translation>Resiliencia de los padres</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Conexiones sociales</translation>
    </message>
    <message>
        <source>Knowledge of parenting and child development</source>
        <translation>Conocimiento sobre crianza y desarrollo infantil</translation>
    </message>
    <message>
        <source>Concrete support in times of need</source>
        <translation>Apoyo concreto en momentos de necesidad</translation>
    </message>
    <message>
        <source>Children&apos;s social and emotional competence</source>
        <translation>Competencia social y emocional de los niños</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Not yet started / no change</source>
        <translation>Aún sin empezar / sin cambio</translation>
    </message>
    <message>
        <source>Emerging: first signs, with a lot of support</source>
        <translation>Emergente: primeras señales, con mucho apoyo</translation>
    </message>
    <message>
        <source>Some progress: sometimes, with support</source>
        <translation>Algo de progreso: a veces, con apoyo</translation>
    </message>
    <message>
        <source>Substantial progress: often, with little support</source>
        <translation>Progreso sustancial: a menudo, con poco apoyo</translation>
    </message>
    <message>
        <source>Achieved: consistently, on their own</source>
        <translation>Alcanzada: de forma constante, por sí mismos</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Emergente</translation>
    </message>
    <message>
        <source>Some progress</source>
        <translation>Algo de progreso</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzada</translation>
    </message>
</context>
<context>
    <name>RatingCombo</name>
    <message>
        <source>Not addressed</source>
        <translation>No trabajada</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign {0}</source>
        <translation>Reasignar {0}</translation>
    </message>
    <message>
        <source>{0} ({1}) is with {2}. Choose the specialist who takes the case over.</source>
        <translation>{0} ({1}) está con {2}. Elija la especialista que se hará cargo del caso.</translation>
    </message>
    <message>
        <source>Choose a specialist</source>
        <translation>Elija una especialista</translation>
    </message>
    <message>
        <source>New specialist:</source>
        <translation>Nueva especialista:</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
</context>
<context>
    <name>RecordSearchField</name>
    <message>
        <source>Search notes, goals, referrals… ({keys})</source>
        <translation>Buscar notas, metas, derivaciones… ({keys})</translation>
    </message>
    <message>
        <source>Search every note, amendment, goal, screening and referral you may read: words, &quot;a phrase&quot;, hous*. Enter shows the results.</source>
        <translation>Busca en cada nota, enmienda, meta, tamizaje y derivación que puede leer: palabras, &quot;una frase&quot;, vivien*. Intro muestra los resultados.</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Buscar en el expediente</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>Usuario del administrador</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrador:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Open and set the passphrase</source>
        <translation>Abrir y fijar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>For a lost administrator password: the recovery key shown when the database was encrypted opens it, and the administrator chooses a new passphrase ({0} characters or more) at once.</source>
        <translation>Si se perdió la contraseña de un administrador: la clave de recuperación que se mostró al cifrar la base de datos la abre, y el administrador elige enseguida una nueva frase de contraseña ({0} caracteres o más).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Las dos frases no coinciden: escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Anoté o imprimí la clave de recuperación</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>The database is encrypted: without a password or this recovery key, nobody can read it, not even from a stolen computer. If every administrator&apos;s password is lost, this key opens it (the sign-in window&apos;s “Use the recovery key…”).</source>
        <translation>La base de datos está cifrada: sin una contraseña o esta clave de recuperación, nadie puede leerla, ni siquiera desde una computadora robada. Si se pierden las contraseñas de todos los administradores, esta clave la abre («Usar la clave de recuperación…» de la ventana de inicio de sesión).</translation>
    </message>
    <message>
        <source>It is shown only now. Write it down or print it and keep it locked away, apart from the computer. Keep the key file beside the database (its name ends in “.keys”) with every backup: without it the database cannot be opened.</source>
        <translation>Solo se muestra ahora. Anótela o imprímala y guárdela bajo llave, lejos de la computadora. Guarde el archivo de claves junto a la base de datos (su nombre termina en «.keys») con cada copia de seguridad: sin él, la base de datos no se puede abrir.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation>Hacer una derivación</translation>
    </message>
    <message>
        <source>Update referral</source>
        <translation>Actualizar la derivación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-up of:&lt;/b&gt; {text}&lt;br&gt;Saving the referral closes this alert.</source>
        <translation>&lt;b&gt;Seguimiento de:&lt;/b&gt; {text}&lt;br&gt;Guardar la derivación cierra esta alerta.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Toda la familia</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation>&amp;Hecha el:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Information about the family is shared with the agency</source>
        <translation>Se comparte &amp;información de la familia con la agencia</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>Se comparte:</translation>
    </message>
    <message>
        <source>Record a re&amp;lease…</source>
        <translation>Registrar una au&amp;torización…</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Autorización:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>F&amp;ollow up on:</source>
        <translation>Hacer se&amp;guimiento el:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note then</source>
        <translation>Nota en ese momento</translation>
    </message>
    <message>
        <source>The referral&apos;s history</source>
        <translation>El historial de la derivación</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>No information is shared, so no release is needed.</source>
        <translation>No se comparte información, así que no hace falta una autorización.</translation>
    </message>
    <message>
        <source>Release in force for {agency}, until {day}.</source>
        <translation>Autorización vigente para {agency}, hasta el {day}.</translation>
    </message>
    <message>
        <source>Sharing information needs a release of information in force for this agency. None is recorded: record the signed release first.</source>
        <translation>Compartir información requiere una autorización vigente para esta agencia. No hay ninguna registrada: registre primero la autorización firmada.</translation>
    </message>
    <message>
        <source>Follow-up overdue ({day})</source>
        <translation>Seguimiento atrasado ({day})</translation>
    </message>
    <message>
        <source>Made, follow up {day}</source>
        <translation>Hecha, seguimiento el {day}</translation>
    </message>
</context>
<context>
    <name>ReferralFollowUpsDialog</name>
    <message>
        <source>Referrals to follow up — my team</source>
        <translation>Derivaciones por seguir — mi equipo</translation>
    </message>
    <message>
        <source>Referrals to follow up — my caseload</source>
        <translation>Derivaciones por seguir — mi carga de casos</translation>
    </message>
    <message>
        <source>Follow up was due</source>
        <translation>El seguimiento vencía</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Derivaciones por seguir</translation>
    </message>
    <message>
        <source>No referral is waiting past its follow-up date.</source>
        <translation>Ninguna derivación espera más allá de su fecha de seguimiento.</translation>
    </message>
    <message>
        <source>{n} referral(s) past their follow-up date, in {f} famil(ies).</source>
        <translation>{n} derivación(es) pasada(s) de su fecha de seguimiento, en {f} familia(s).</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Pediatrician</source>
        <translation>Pediatra</translation>
    </message>
    <message>
        <source>WIC</source>
        <translation>WIC</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <source>Early intervention</source>
        <translation>Intervención temprana</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Autoderivación</translation>
    </message>
    <message>
        <source>Community agency</source>
        <translation>Agencia comunitaria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>ReferralType</name>
    <message>
        <source>Early intervention (Part C)</source>
        <translation>Intervención temprana (Parte C)</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Substance use treatment</source>
        <translation>Tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>Domestic violence services</source>
        <translation>Servicios contra la violencia doméstica</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Food / WIC</source>
        <translation>Alimentos / WIC</translation>
    </message>
    <message>
        <source>Pediatric care</source>
        <translation>Atención pediátrica</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Asesoría legal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Abuela</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Abuelo</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Cuidador/a de acogida</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a legal</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>Tía</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>Tío</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Record a release of information</source>
        <translation>Registrar una autorización para compartir información</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>What may be &amp;shared:</source>
        <translation>Lo que se puede &amp;compartir:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Firmada &amp;por:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Firmada &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Progress report for the selected family…</source>
        <translation>Informe de &amp;progreso de la familia seleccionada…</translation>
    </message>
    <message>
        <source>Choose a period and preview the family&apos;s progress report</source>
        <translation>Elija un período y vea la vista previa del informe de progreso de la familia</translation>
    </message>
    <message>
        <source>Family &amp;handout for a visit…</source>
        <translation>&amp;Folleto para la familia de una visita…</translation>
    </message>
    <message>
        <source>Choose a visit and preview the one-page handout for the family</source>
        <translation>Elija una visita y vea la vista previa del folleto de una página para la familia</translation>
    </message>
    <message>
        <source>&amp;Caseload report…</source>
        <translation>Informe de la &amp;carga de casos…</translation>
    </message>
    <message>
        <source>Preview the caseload as filtered now, as a PDF report</source>
        <translation>Vista previa de la carga de casos con los filtros actuales, como informe PDF</translation>
    </message>
    <message>
        <source>&amp;Batch progress reports…</source>
        <translation>Informes de progreso en &amp;lote…</translation>
    </message>
    <message>
        <source>Write progress reports for many families at once</source>
        <translation>Escribir informes de progreso de muchas familias a la vez</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Informe de la carga de casos</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Open in system viewer</source>
        <translation>&amp;Abrir en el visor del sistema</translation>
    </message>
    <message>
        <source>{0} page</source>
        <translation>{0} página</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <source>this report</source>
        <translation>este informe</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Preview progress report…</source>
        <translation>Vista previa del informe de progreso…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Visit for the handout</source>
        <translation>Visita para el folleto</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del folleto</translation>
    </message>
    <message>
        <source>Preview family handout…</source>
        <translation>Vista previa del folleto para la familia…</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Family handout</source>
        <translation>Folleto para la familia</translation>
    </message>
    <message>
        <source>Handouts are one page in plain words for the family. The specialist&apos;s reflection is never printed.</source>
        <translation>Los folletos son de una página, en palabras sencillas para la familia. La reflexión de la especialista nunca se imprime.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft, unsigned</source>
        <translation>borrador, sin firmar</translation>
    </message>
    <message>
        <source>No completed visits yet</source>
        <translation>Aún no hay visitas realizadas</translation>
    </message>
    <message>
        <source>Progress report — {0}</source>
        <translation>Informe de progreso — {0}</translation>
    </message>
    <message>
        <source>Family handout — {0}</source>
        <translation>Folleto para la familia — {0}</translation>
    </message>
    <message>
        <source>The handout text in {language} has not been reviewed by a fluent speaker yet: read it through before you give it to the family.</source>
        <translation>El texto del folleto en {language} todavía no lo revisó una persona que hable el idioma con fluidez: léalo completo antes de entregarlo a la familia.</translation>
    </message>
    <message>
        <source>This note has no section for the family yet: write it in the visit note under “For the family”.</source>
        <translation>Esta nota aún no tiene sección para la familia: escríbala en la nota de visita, en «Para la familia».</translation>
    </message>
    <message>
        <source>This note is not signed yet.</source>
        <translation>Esta nota aún no está firmada.</translation>
    </message>
    <message>
        <source>This note was changed outside the app after it was signed: check the handout and tell your administrator.</source>
        <translation>Esta nota se cambió fuera del programa después de firmarse: revise el folleto y avise a su administrador.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule visit</source>
        <translation>Reprogramar la visita</translation>
    </message>
    <message>
        <source>no time set</source>
        <translation>sin hora fijada</translation>
    </message>
    <message>
        <source>&lt;b&gt;{case}&lt;/b&gt; · {family}&lt;br&gt;{who}&lt;br&gt;Now: {day}, {when}</source>
        <translation>&lt;b&gt;{case}&lt;/b&gt; · {family}&lt;br&gt;{who}&lt;br&gt;Ahora: {day}, {when}</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>Nuevo día</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Aún sin hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not set (counts as 1 hour)</source>
        <translation>Sin fijar (cuenta como 1 hora)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a release</source>
        <translation>Revocar una autorización</translation>
    </message>
    <message>
        <source>&amp;Revoked on:</source>
        <translation>&amp;Revocada el:</translation>
    </message>
    <message>
        <source>The release to {agency} stops allowing any sharing from this day.</source>
        <translation>La autorización para {agency} deja de permitir compartir información a partir de este día.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisora</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador/a</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Self-harm answer: safety steps</source>
        <translation>Respuesta de autolesión: pasos de seguridad</translation>
    </message>
    <message>
        <source>&amp;Record safety check…</source>
        <translation>&amp;Registrar la verificación de seguridad…</translation>
    </message>
    <message>
        <source>Self-harm answer — {what}: act now</source>
        <translation>Respuesta de autolesión — {what}: actúe ahora</translation>
    </message>
    <message>
        <source>Safety check not recorded yet: the visit note cannot be signed until it is.</source>
        <translation>Verificación de seguridad aún no registrada: la nota de visita no se puede firmar hasta que se registre.</translation>
    </message>
    <message>
        <source>Safety check recorded (by {who}); it is saved with the screening.</source>
        <translation>Verificación de seguridad registrada (por {who}); se guarda con el tamizaje.</translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <source>Record safety check</source>
        <translation>Registrar la verificación de seguridad</translation>
    </message>
    <message>
        <source>The same-day safety check after a self-harm answer: who did it, what was done, and the outcome.</source>
        <translation>La verificación de seguridad del mismo día tras una respuesta de autolesión: quién la hizo, qué se hizo y el resultado.</translation>
    </message>
    <message>
        <source>e.g. asked about plans and means, called the supervisor, agreed a plan</source>
        <translation>p. ej., preguntó por planes y medios, llamó a la supervisora, acordaron un plan</translation>
    </message>
    <message>
        <source>e.g. no plan or means; safety plan agreed; follow-up call tomorrow</source>
        <translation>p. ej., sin plan ni medios; plan de seguridad acordado; llamada de seguimiento mañana</translation>
    </message>
    <message>
        <source>&amp;Who did it:</source>
        <translation>&amp;Quién la hizo:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Qué se hizo:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
</context>
<context>
    <name>SaveFailedDialog</name>
    <message>
        <source>Visit note: {0}, {1} (not saved in IMH Desktop)</source>
        <translation>Nota de visita: {0}, {1} (no guardada en IMH Desktop)</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <source>Your note was not saved. {0}</source>
        <translation>Su nota no se guardó. {0}</translation>
    </message>
    <message>
        <source>Everything you wrote is still here in the editor. Try again in a moment, or save a copy to a file to keep it safe until the database is back.</source>
        <translation>Todo lo que escribió sigue aquí en el editor. Intente de nuevo en un momento, o guarde una copia en un archivo para conservarla hasta que la base de datos vuelva.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Save a copy to a file…</source>
        <translation>Guardar una copia en un archivo…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Not saved: {0} Your text is still here.</source>
        <translation>No guardado: {0} Su texto sigue aquí.</translation>
    </message>
    <message>
        <source>Save a copy of the note</source>
        <translation>Guardar una copia de la nota</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>The copy could not be written to {0}: {1}.</source>
        <translation>No se pudo escribir la copia en {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>My caseload</source>
        <translation>Mi carga de casos</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Todas las familias</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Record a screening — {0}</source>
        <translation>Registrar un tamizaje — {0}</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>&amp;Given to:</source>
        <translation>&amp;Aplicado a:</translation>
    </message>
    <message>
        <source>&amp;Date given:</source>
        <translation>&amp;Fecha de aplicación:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose the child.</source>
        <translation>Elija al niño o la niña.</translation>
    </message>
    <message>
        <source>{0} (age {1})</source>
        <translation>{0} (edad {1})</translation>
    </message>
    <message>
        <source>{0} month questionnaire — age {1}</source>
        <translation>Cuestionario de {0} meses — edad {1}</translation>
    </message>
    <message>
        <source>{0} of {1} items answered.</source>
        <translation>{0} de {1} ítems respondidos.</translation>
    </message>
    <message>
        <source>Total {total}: {band}</source>
        <translation>Total {total}: {band}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Positive screen</source>
        <translation>Tamizaje positivo</translation>
    </message>
    <message>
        <source>{name} item {n} scored {score}</source>
        <translation>{name}: el ítem {n} obtuvo {score}</translation>
    </message>
</context>
<context>
    <name>ScreeningWords</name>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>possible depression</source>
        <translation>depresión posible</translation>
    </message>
    <message>
        <source>probable depression</source>
        <translation>depresión probable</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>mild depression</source>
        <translation>depresión leve</translation>
    </message>
    <message>
        <source>moderate depression</source>
        <translation>depresión moderada</translation>
    </message>
    <message>
        <source>moderately severe depression</source>
        <translation>depresión moderadamente grave</translation>
    </message>
    <message>
        <source>severe depression</source>
        <translation>depresión grave</translation>
    </message>
    <message>
        <source>above the cut-off (on schedule)</source>
        <translation>por encima del punto de corte (según lo esperado)</translation>
    </message>
    <message>
        <source>close to the cut-off (monitor)</source>
        <translation>cerca del punto de corte (vigilar)</translation>
    </message>
    <message>
        <source>below the cut-off (refer for assessment)</source>
        <translation>por debajo del punto de corte (derivar para evaluación)</translation>
    </message>
    <message>
        <source>above the cut-off in all areas (on schedule)</source>
        <translation>por encima del punto de corte en todas las áreas (según lo esperado)</translation>
    </message>
    <message>
        <source>below the monitoring zone</source>
        <translation>por debajo de la zona de seguimiento</translation>
    </message>
    <message>
        <source>in the monitoring zone</source>
        <translation>en la zona de seguimiento</translation>
    </message>
    <message>
        <source>above the cut-off (refer)</source>
        <translation>por encima del punto de corte (derivar)</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <source>gross motor</source>
        <translation>motricidad gruesa</translation>
    </message>
    <message>
        <source>fine motor</source>
        <translation>motricidad fina</translation>
    </message>
    <message>
        <source>problem solving</source>
        <translation>resolución de problemas</translation>
    </message>
    <message>
        <source>personal-social</source>
        <translation>personal-social</translation>
    </message>
    <message>
        <source>below the cut-off in {areas}</source>
        <translation>por debajo del punto de corte en {areas}</translation>
    </message>
    <message>
        <source>close to the cut-off in {areas}</source>
        <translation>cerca del punto de corte en {areas}</translation>
    </message>
    <message>
        <source>{name} item {item} (self-harm) scored {score}: same-day safety check, and record the follow-up</source>
        <translation>{name}, ítem {item} (autolesión): puntuación {score}; verificación de seguridad el mismo día, y registre el seguimiento</translation>
    </message>
    <message>
        <source>{name} {total}: {finding}, refer</source>
        <translation>{name} {total}: {finding}, derivar</translation>
    </message>
    <message>
        <source>ASQ-3 below the cut-off in {areas}: refer for developmental assessment</source>
        <translation>ASQ-3 por debajo del punto de corte en {areas}: derivar para evaluación del desarrollo</translation>
    </message>
    <message>
        <source>ASQ:SE-2 {total}: above the cut-off, refer</source>
        <translation>ASQ:SE-2 {total}: por encima del punto de corte, derivar</translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Open — follow-up needed</source>
        <translation>Abierta — falta el seguimiento</translation>
    </message>
    <message>
        <source>{kind} by {name}</source>
        <translation>{kind}, por {name}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>&amp;Record a screening…</source>
        <translation>&amp;Registrar un tamizaje…</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>Registrar el &amp;seguimiento…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Screenings due</source>
        <translation>Tamizajes pendientes</translation>
    </message>
    <message>
        <source>Screenings given</source>
        <translation>Tamizajes aplicados</translation>
    </message>
    <message>
        <source>Due, overdue and upcoming</source>
        <translation>Pendientes, atrasados y próximos</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Aplicados</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
</context>
<context>
    <name>SearchSection</name>
    <message>
        <source>Observation of the caregiver-infant interaction</source>
        <translation>Observación de la interacción cuidador/a–bebé</translation>
    </message>
    <message>
        <source>Caregiver&apos;s response and reflection</source>
        <translation>Respuesta y reflexión del cuidador/a</translation>
    </message>
    <message>
        <source>Child&apos;s presentation</source>
        <translation>Presentación del niño/a</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Specialist&apos;s reflection</source>
        <translation>Reflexión de la especialista</translation>
    </message>
    <message>
        <source>For the family</source>
        <translation>Para la familia</translation>
    </message>
    <message>
        <source>Reason the visit did not happen</source>
        <translation>Motivo por el que no se realizó la visita</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Metas y progreso</translation>
    </message>
    <message>
        <source>Goal statement</source>
        <translation>Enunciado de la meta</translation>
    </message>
    <message>
        <source>Goal baseline</source>
        <translation>Meta: punto de partida</translation>
    </message>
    <message>
        <source>Goal strategies</source>
        <translation>Meta: estrategias</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Resultado del tamizaje</translation>
    </message>
    <message>
        <source>Safety check: what was done</source>
        <translation>Verificación de seguridad: qué se hizo</translation>
    </message>
    <message>
        <source>Safety check: outcome</source>
        <translation>Verificación de seguridad: resultado</translation>
    </message>
    <message>
        <source>Referral: agency</source>
        <translation>Derivación: agencia</translation>
    </message>
    <message>
        <source>Referral: reason</source>
        <translation>Derivación: motivo</translation>
    </message>
    <message>
        <source>Referral: outcome</source>
        <translation>Derivación: resultado</translation>
    </message>
    <message>
        <source>Amendment: %1</source>
        <translation>Enmienda: %1</translation>
    </message>
    <message>
        <source>Referral history: %1</source>
        <translation>Historial de la derivación: %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search notes, goals, screenings and referrals: words, &quot;a phrase&quot;, hous*</source>
        <translation>Buscar notas, metas, tamizajes y derivaciones: palabras, &quot;una frase&quot;, vivien*</translation>
    </message>
    <message>
        <source>Search across the record</source>
        <translation>Buscar en todo el registro</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Más resultados</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>No se encontró nada para %1.</translation>
    </message>
    <message>
        <source>One result for %2.</source>
        <translation>Un resultado para %2.</translation>
    </message>
    <message>
        <source>%1 results for %2, newest first.</source>
        <translation>%1 resultados para %2, lo más reciente primero.</translation>
    </message>
    <message>
        <source> More with the button below.</source>
        <translation> Hay más con el botón de abajo.</translation>
    </message>
    <message>
        <source> Enter opens the note at the match.</source>
        <translation> Intro abre la nota en la coincidencia.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas a elección</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va del año</translation>
    </message>
    <message>
        <source>Since enrolment</source>
        <translation>Desde la inscripción</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>A elección</translation>
    </message>
    <message>
        <source>Observation of the caregiver-infant interaction</source>
        <translation>Observación de la interacción cuidador/a–bebé</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Lo que hicimos</translation>
    </message>
    <message>
        <source>Caregiver&apos;s response and reflection</source>
        <translation>Respuesta y reflexión del cuidador/a</translation>
    </message>
    <message>
        <source>Child&apos;s presentation</source>
        <translation>Presentación del niño/a</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Specialist&apos;s reflection</source>
        <translation>Reflexión de la especialista</translation>
    </message>
    <message>
        <source>For the family</source>
        <translation>Para la familia</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Metas y progreso</translation>
    </message>
    <message>
        <source>Visit details (date, time, who was present)</source>
        <translation>Datos de la visita (fecha, hora, quiénes estuvieron)</translation>
    </message>
</context>
<context>
    <name>ServicesBox</name>
    <message>
        <source>What we did</source>
        <translation>Lo que hicimos</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{0} has changes open that are not saved. Only they can unlock to save them first.</source>
        <translation>{0} tiene cambios abiertos sin guardar. Solo esa persona puede desbloquear para guardarlos primero.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña cambió.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up {0}</source>
        <translation>Configurar {0}</translation>
    </message>
    <message>
        <source>e.g. kolstad</source>
        <translation>p. ej., kolstad</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>Usuario del administrador</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Nombre completo del administrador</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Welcome to {0}</source>
        <translation>Bienvenida/o a {0}</translation>
    </message>
    <message>
        <source>This database has no accounts yet, and no default password. Make the administrator&apos;s account now; the administrator then adds the staff, each with a temporary password they change when they first sign in.</source>
        <translation>Esta base de datos aún no tiene cuentas ni contraseña predeterminada. Cree ahora la cuenta del administrador; luego el administrador agrega al personal, cada persona con una contraseña temporal que cambia al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>Nobody on this database has a password yet: it was made before sign-in. Give its administrator a passphrase (type the administrator&apos;s username), or make a new administrator; the administrator then gives every other account a temporary password (Account &gt; Staff accounts &gt; Reset password).</source>
        <translation>Nadie en esta base de datos tiene contraseña todavía: se creó antes del inicio de sesión. Dé una frase de contraseña a su administrador (escriba el usuario del administrador), o cree un administrador nuevo; luego el administrador da a cada cuenta una contraseña temporal (Cuenta &gt; Cuentas del personal &gt; Restablecer contraseña).</translation>
    </message>
    <message>
        <source>The passphrase needs at least {0} characters. A few unrelated words are easy to remember and hard to guess; common passwords are refused.</source>
        <translation>La frase de contraseña necesita al menos {0} caracteres. Unas pocas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar; las contraseñas comunes no se aceptan.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Las dos frases no coinciden: escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to {0}</source>
        <translation>Iniciar sesión en {0}</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The database is encrypted: your username and password open it.</source>
        <translation>La base de datos está cifrada: su usuario y contraseña la abren.</translation>
    </message>
    <message>
        <source>Demo database: every account&apos;s password is “{0}”.</source>
        <translation>Base de datos de demostración: la contraseña de todas las cuentas es «{0}».</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Usar la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Escriba su usuario.</translation>
    </message>
</context>
<context>
    <name>StaffAccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>&amp;Agregar personal…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sign-in, automatic lock and emergency access (the whole agency)</source>
        <translation>Inicio de sesión, bloqueo automático y acceso de emergencia (toda la agencia)</translation>
    </message>
    <message>
        <source>Lock a window left idle after:</source>
        <translation>Bloquear una ventana inactiva después de:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row allowed:</source>
        <translation>Inicios de sesión fallidos seguidos permitidos:</translation>
    </message>
    <message>
        <source>Then the account waits:</source>
        <translation>Luego la cuenta espera:</translation>
    </message>
    <message>
        <source>Emergency access to another caseload lasts:</source>
        <translation>El acceso de emergencia a otra carga de casos dura:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Added {0} ({1}). Temporary password: {2}
Give it to them; they choose their own when they first sign in.</source>
        <translation>Se agregó a {0} ({1}). Contraseña temporal: {2}
Entréguesela; elegirá la suya al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? The one they have stops working now.</source>
        <translation>¿Dar a {0} una nueva contraseña temporal? La que tiene deja de funcionar ahora.</translation>
    </message>
    <message>
        <source>New temporary password for {0}: {1}
They choose their own when they next sign in.</source>
        <translation>Nueva contraseña temporal para {0}: {1}
Elegirá la suya la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in. Their notes, signatures and history stay, under their name.</source>
        <translation>¿Desactivar a {0}? Ya no podrá iniciar sesión. Sus notas, firmas e historial se conservan, a su nombre.</translation>
    </message>
    <message>
        <source>Deactivated {0}.</source>
        <translation>Se desactivó a {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n open family(s) still assigned to them: reassign them from the caseload.</source>
        <translation>
            <numerusform>%n familia abierta sigue asignada a esta persona: reasígnela desde la carga de casos.</numerusform>
            <numerusform>%n familias abiertas siguen asignadas a esta persona: reasígnelas desde la carga de casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivated {0}.</source>
        <translation>Se reactivó a {0}.</translation>
    </message>
    <message>
        <source>Settings saved. The idle lock applies from each person&apos;s next sign-in.</source>
        <translation>Ajustes guardados. El bloqueo por inactividad se aplica desde el próximo inicio de sesión de cada persona.</translation>
    </message>
</context>
<context>
    <name>Stressor</name>
    <message>
        <source>Caregiver depression or anxiety</source>
        <translation>Depresión o ansiedad del cuidador/a</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Intimate partner violence</source>
        <translation>Violencia de pareja</translation>
    </message>
    <message>
        <source>Housing instability or homelessness</source>
        <translation>Inestabilidad de vivienda o situación de calle</translation>
    </message>
    <message>
        <source>Food insecurity</source>
        <translation>Inseguridad alimentaria</translation>
    </message>
    <message>
        <source>Financial hardship</source>
        <translation>Dificultades económicas</translation>
    </message>
    <message>
        <source>Caregiver&apos;s own childhood adversity</source>
        <translation>Adversidad en la infancia del cuidador/a</translation>
    </message>
    <message>
        <source>Child-welfare involvement</source>
        <translation>Intervención de bienestar infantil</translation>
    </message>
    <message>
        <source>Incarceration of a family member</source>
        <translation>Encarcelamiento de un familiar</translation>
    </message>
    <message>
        <source>Teen parent</source>
        <translation>Madre o padre adolescente</translation>
    </message>
    <message>
        <source>Social isolation</source>
        <translation>Aislamiento social</translation>
    </message>
    <message>
        <source>Immigration stress</source>
        <translation>Estrés migratorio</translation>
    </message>
    <message>
        <source>Child&apos;s medical complexity or NICU stay</source>
        <translation>Salud compleja del niño/a o UCIN</translation>
    </message>
</context>
<context>
    <name>StressorDialog</name>
    <message>
        <source>Note a stressor</source>
        <translation>Anotar un factor de estrés</translation>
    </message>
    <message>
        <source>Edit stressor</source>
        <translation>Editar el factor de estrés</translation>
    </message>
    <message>
        <source>Resolve stressor</source>
        <translation>Resolver el factor de estrés</translation>
    </message>
    <message>
        <source>&amp;Stressor:</source>
        <translation>&amp;Factor de estrés:</translation>
    </message>
    <message>
        <source>&amp;Noted on:</source>
        <translation>&amp;Anotado el:</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>&amp;Resuelto el:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Reflective supervision — {name}</source>
        <translation>Supervisión reflexiva — {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Families discussed</source>
        <translation>Familias conversadas</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Sesiones de supervisión</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Only the supervisor who recorded a session edits it</source>
        <translation>Solo la supervisora que registró una sesión puede editarla</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>&amp;Families discussed:</source>
        <translation>&amp;Familias conversadas:</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>Nota &amp;privada:</translation>
    </message>
    <message>
        <source>Seen only by you and the specialist</source>
        <translation>Solo la ven usted y la especialista</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>&amp;Record session</source>
        <translation>&amp;Registrar la sesión</translation>
    </message>
    <message>
        <source>Ca&amp;ncel edit</source>
        <translation>Ca&amp;ncelar la edición</translation>
    </message>
    <message>
        <source>(private to the specialist and {name})</source>
        <translation>(privada para la especialista y {name})</translation>
    </message>
    <message>
        <source>Edit the session of {day}</source>
        <translation>Editar la sesión del {day}</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Eliminar esta sesión?</translation>
    </message>
    <message>
        <source>Delete the supervision session of {day} ({n} minutes) with its private note? This cannot be undone.</source>
        <translation>¿Eliminar la sesión de supervisión del {day} ({n} minutos) con su nota privada? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>That session was deleted meanwhile.</source>
        <translation>Esa sesión se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>supervision session</source>
        <translation>sesión de supervisión</translation>
    </message>
    <message>
        <source>Not saved: someone else&apos;s version is newer. Yours is kept here.</source>
        <translation>No se guardó: la versión de otra persona es más reciente. La suya se conserva aquí.</translation>
    </message>
</context>
<context>
    <name>SupportLines</name>
    <message>
        <source>Handout &amp;support lines…</source>
        <translation>&amp;Líneas de apoyo de los folletos…</translation>
    </message>
    <message>
        <source>The support lines each handout language prints</source>
        <translation>Las líneas de apoyo que imprime cada idioma de folleto</translation>
    </message>
</context>
<context>
    <name>SupportLinesDialog</name>
    <message>
        <source>Support lines on family handouts</source>
        <translation>Líneas de apoyo en los folletos para familias</translation>
    </message>
    <message>
        <source>Printed under “Where to find support” on every family handout, one line each. A language left empty prints the English lines.</source>
        <translation>Se imprimen bajo «Dónde encontrar apoyo» en cada folleto para familias, una por renglón. Un idioma que quede vacío imprime las líneas en inglés.</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del folleto</translation>
    </message>
    <message>
        <source>Support lines</source>
        <translation>Líneas de apoyo</translation>
    </message>
    <message>
        <source>&amp;Handout language:</source>
        <translation>&amp;Idioma del folleto:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Líneas:</translation>
    </message>
    <message>
        <source>Empty: the English lines print on this language&apos;s handouts.</source>
        <translation>Vacío: en los folletos de este idioma se imprimen las líneas en inglés.</translation>
    </message>
</context>
<context>
    <name>TeamBottomTabs</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
</context>
<context>
    <name>TeamColumn</name>
    <message>
        <source>% of expected</source>
        <translation>% de lo esperado</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzadas</translation>
    </message>
    <message>
        <source>Active goals</source>
        <translation>Metas activas</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Children (age)</source>
        <translation>Niños/as (edad)</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Días sin contacto</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperadas</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Late notes</source>
        <translation>Notas atrasadas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <source>Screens due</source>
        <translation>Tamizajes pendientes</translation>
    </message>
    <message>
        <source>Screens overdue</source>
        <translation>Tamizajes atrasados</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Supervision (h)</source>
        <translation>Supervisión (h)</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>Visitas atrasadas</translation>
    </message>
</context>
<context>
    <name>TeamExports</name>
    <message>
        <source>this table</source>
        <translation>esta tabla</translation>
    </message>
    <message>
        <source>this report</source>
        <translation>este informe</translation>
    </message>
</context>
<context>
    <name>TeamNavBar</name>
    <message>
        <source>‹ Team</source>
        <translation>‹ Equipo</translation>
    </message>
    <message>
        <source>Back to the team (Alt+Left)</source>
        <translation>Volver al equipo (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Reflective &amp;supervision…</source>
        <translation>&amp;Supervisión reflexiva…</translation>
    </message>
    <message>
        <source>Program &amp;measures…</source>
        <translation>&amp;Indicadores del programa…</translation>
    </message>
    <message>
        <source>Measures for funders, with their definitions</source>
        <translation>Indicadores para los financiadores, con sus definiciones</translation>
    </message>
</context>
<context>
    <name>TeamPeriodBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Period error</source>
        <translation>Error en el período</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportar Excel…</translation>
    </message>
    <message>
        <source>Save the table shown, for the period shown</source>
        <translation>Guardar la tabla mostrada, para el período mostrado</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the caseload report (PDF) of the team, or of the specialist shown</source>
        <translation>Guardar el informe de carga de casos (PDF) del equipo, o de la especialista mostrada</translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message>
        <source>{0} of {1} expected visits</source>
        <translation>{0} de {1} visitas esperadas</translation>
    </message>
    <message numerus="yes">
        <source>%n late note(s)</source>
        <translation>
            <numerusform>%n nota atrasada</numerusform>
            <numerusform>%n notas atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue screening(s)</source>
        <translation>
            <numerusform>%n tamizaje vencido</numerusform>
            <numerusform>%n tamizajes vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerta abierta</numerusform>
            <numerusform>%n alertas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) without contact for {0}+ days</source>
        <translation>
            <numerusform>%n familia sin contacto desde hace {0}+ días</numerusform>
            <numerusform>%n familias sin contacto desde hace {0}+ días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team dashboard</source>
        <translation>Tablero del equipo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Families table</source>
        <translation>Tabla de familias</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team  ›  {0}</source>
        <translation>Equipo  ›  {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
</context>
<context>
    <name>UnsignedNoteWords</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>Queda %n día hábil</numerusform>
            <numerusform>Quedan %n días hábiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsignedNotesDialog</name>
    <message>
        <source>My unsigned notes</source>
        <translation>Mis notas sin firmar</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>No unsigned notes.</source>
        <translation>No hay notas sin firmar.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned note(s)</source>
        <translation>
            <numerusform>%n nota sin firmar</numerusform>
            <numerusform>%n notas sin firmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past the signing deadline.</source>
        <translation>
            <numerusform>, %n pasada del plazo de firma.</numerusform>
            <numerusform>, %n pasadas del plazo de firma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade the database?</source>
        <translation>¿Actualizar la base de datos?</translation>
    </message>
    <message>
        <source>Make a backup first: if anything goes wrong, the backup brings the data back.</source>
        <translation>Haga primero una copia de seguridad: si algo sale mal, la copia recupera los datos.</translation>
    </message>
    <message>
        <source>Back up, then upgrade</source>
        <translation>Hacer copia y luego actualizar</translation>
    </message>
    <message>
        <source>Upgrade without a backup</source>
        <translation>Actualizar sin copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation>No se hizo la copia de seguridad: {0}</translation>
    </message>
    <message>
        <source>Try the backup again</source>
        <translation>Intentar la copia de nuevo</translation>
    </message>
    <message>
        <source>Upgrade without a backup?</source>
        <translation>¿Actualizar sin copia de seguridad?</translation>
    </message>
    <message>
        <source>Without a backup, nothing can bring back the data if the upgrade fails. Upgrade anyway?</source>
        <translation>Sin una copia de seguridad, nada puede recuperar los datos si la actualización falla. ¿Actualizar de todos modos?</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Walks every event of the audit trail and checks every signed note against its seal, to find anything changed outside the app. On a large database this takes a minute or more; you can keep working meanwhile.</source>
        <translation>Recorre cada evento del registro de auditoría y compara cada nota firmada con su sello, para encontrar lo que se haya cambiado fuera del programa. En una base de datos grande tarda un minuto o más; mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <source>&amp;Head noted earlier (optional):</source>
        <translation>&amp;Cabecera anotada antes (opcional):</translation>
    </message>
    <message>
        <source>LANE:NO:HASH from an earlier check</source>
        <translation>CARRIL:N.º:HASH de una verificación anterior</translation>
    </message>
    <message>
        <source>Head noted earlier</source>
        <translation>Cabecera anotada antes</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>&amp;Iniciar verificación</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Avance de la verificación</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la verificación</translation>
    </message>
    <message>
        <source>Head of the trail (note it down for a later check):</source>
        <translation>Cabecera del registro (anótela para una verificación posterior):</translation>
    </message>
    <message>
        <source>Head of the trail</source>
        <translation>Cabecera del registro</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Event No.</source>
        <translation>N.º de evento</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>Checked {0} of {1} events and signed notes…</source>
        <translation>Revisados {0} de {1} eventos y notas firmadas…</translation>
    </message>
    <message>
        <source>Stopped: the check did not finish.</source>
        <translation>Detenida: la verificación no terminó.</translation>
    </message>
    <message>
        <source>Only the first {0} are listed here; the saved report lists all {1}.</source>
        <translation>Aquí solo se muestran los primeros {0}; el informe guardado los muestra todos ({1}).</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>the check&apos;s report</source>
        <translation>el informe de la verificación</translation>
    </message>
    <message>
        <source>Save the check&apos;s report</source>
        <translation>Guardar el informe de la verificación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>&amp;New visit note…</source>
        <translation>&amp;Nueva nota de visita…</translation>
    </message>
    <message>
        <source>Write the note of a visit with the selected family</source>
        <translation>Escribir la nota de una visita con la familia seleccionada</translation>
    </message>
    <message>
        <source>My &amp;unsigned notes…</source>
        <translation>Mis notas sin &amp;firmar…</translation>
    </message>
    <message>
        <source>Your notes waiting for a signature, oldest first</source>
        <translation>Sus notas en espera de firma, las más antiguas primero</translation>
    </message>
    <message>
        <source>&amp;This week…</source>
        <translation>Es&amp;ta semana…</translation>
    </message>
    <message>
        <source>Your planned visits, day by day</source>
        <translation>Sus visitas planificadas, día por día</translation>
    </message>
    <message>
        <source>&amp;Referrals to follow up…</source>
        <translation>&amp;Derivaciones por seguir…</translation>
    </message>
    <message>
        <source>Referrals past their follow-up date, waiting for news</source>
        <translation>Derivaciones pasadas de su fecha de seguimiento, en espera de noticias</translation>
    </message>
    <message>
        <source>My reflective &amp;supervision…</source>
        <translation>Mi &amp;supervisión reflexiva…</translation>
    </message>
    <message>
        <source>Your supervision sessions and their notes</source>
        <translation>Sus sesiones de supervisión y sus notas</translation>
    </message>
    <message>
        <source>Choose a family first, then start its note.</source>
        <translation>Elija primero una familia, luego empiece su nota.</translation>
    </message>
</context>
<context>
    <name>VisitDetailsBox</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>— min</source>
        <translation>— min</translation>
    </message>
    <message>
        <source>Why the visit did not take place, or the plan to reconnect</source>
        <translation>Por qué no se realizó la visita, o el plan para retomar el contacto</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Virtual (video)</source>
        <translation>Virtual (video)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
</context>
<context>
    <name>VisitNoteEditor</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This note was changed outside the app after it was signed.</source>
        <translation>Esta nota se cambió fuera del programa después de firmarse.</translation>
    </message>
    <message>
        <source>What no longer matches:</source>
        <translation>Lo que ya no coincide:</translation>
    </message>
    <message>
        <source>What is shown may not be what was signed. Tell your administrator, who can check the whole audit trail with “imh-desktop audit verify”.</source>
        <translation>Lo que se muestra puede no ser lo que se firmó. Avise a su administrador, que puede revisar todo el registro de auditoría con «imh-desktop audit verify».</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>Nota de visita</translation>
    </message>
    <message>
        <source>Visit note — {0}</source>
        <translation>Nota de visita — {0}</translation>
    </message>
    <message>
        <source> (signed)</source>
        <translation> (firmada)</translation>
    </message>
    <message>
        <source>Changed by a colleague: a note of this family was saved elsewhere.</source>
        <translation>Cambiado por una colega: se guardó en otro lugar una nota de esta familia.</translation>
    </message>
    <message>
        <source>Restored from the unsaved draft</source>
        <translation>Restaurada desde el borrador sin guardar</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Guardada a las {0}</translation>
    </message>
    <message>
        <source>(Revised since this note was signed; now: {now})</source>
        <translation>(Revisada después de firmarse esta nota; ahora: {now})</translation>
    </message>
    <message>
        <source>Make a &amp;referral…</source>
        <translation>Hacer una &amp;derivación…</translation>
    </message>
</context>
<context>
    <name>VisitOutcome</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled by family</source>
        <translation>Cancelada por la familia</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Cancelada por el personal</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Emotional support</source>
        <translation>Apoyo emocional</translation>
    </message>
    <message>
        <source>Developmental guidance</source>
        <translation>Orientación sobre el desarrollo</translation>
    </message>
    <message>
        <source>Reflective conversation</source>
        <translation>Conversación reflexiva</translation>
    </message>
    <message>
        <source>Modelling</source>
        <translation>Modelado</translation>
    </message>
    <message>
        <source>Concrete help</source>
        <translation>Ayuda concreta</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Intervención en crisis</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Abogacía</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Tamizaje</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Co-signed {0}</source>
        <translation>Cofirmada el {0}</translation>
    </message>
    <message>
        <source>Signed {0}</source>
        <translation>Firmada el {0}</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>&amp;New visit note…</source>
        <translation>&amp;Nueva nota de visita…</translation>
    </message>
    <message>
        <source>Write the note of a visit (Ctrl+Shift+N)</source>
        <translation>Escribir la nota de una visita (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation>&amp;Abrir la nota</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>No time</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>Double-click to reschedule; drag to another day to move it.</source>
        <translation>Doble clic para reprogramar; arrástrela a otro día para moverla.</translation>
    </message>
</context>
<context>
    <name>WeeklyVisitsChart</name>
    <message>
        <source>Completed visits per week</source>
        <translation>Visitas realizadas por semana</translation>
    </message>
    <message>
        <source>No visits in this period yet.</source>
        <translation>Aún no hay visitas en este período.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (hasta hoy)</translation>
    </message>
</context>
<context>
    <name>_CalendarModel</name>
    <message>
        <source>no time set</source>
        <translation>sin hora fijada</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>_band_combo</name>
    <message>
        <source>Choose from the sheet…</source>
        <translation>Elegir de la hoja…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>A screening of this visit has a self-harm answer. The note can be signed once the same-day safety check is recorded: who did it, what was done, and the outcome.</source>
        <translation>Un tamizaje de esta visita tiene una respuesta de autolesión. La nota se podrá firmar cuando se registre la verificación de seguridad del mismo día: quién la hizo, qué se hizo y el resultado.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <source>Specialist (username)</source>
        <translation>Especialista (usuario)</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de derivación</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Caregiver: name</source>
        <translation>Cuidador/a: nombre</translation>
    </message>
    <message>
        <source>Caregiver: relationship</source>
        <translation>Cuidador/a: parentesco</translation>
    </message>
    <message>
        <source>Caregiver: date of birth</source>
        <translation>Cuidador/a: fecha de nacimiento</translation>
    </message>
    <message>
        <source>Caregiver: phone</source>
        <translation>Cuidador/a: teléfono</translation>
    </message>
    <message>
        <source>Caregiver: language</source>
        <translation>Cuidador/a: idioma</translation>
    </message>
    <message>
        <source>Child: name</source>
        <translation>Niño/a: nombre</translation>
    </message>
    <message>
        <source>Child: date of birth</source>
        <translation>Niño/a: fecha de nacimiento</translation>
    </message>
    <message>
        <source>Child: sex</source>
        <translation>Niño/a: sexo</translation>
    </message>
    <message>
        <source>Child: gestational age (weeks)</source>
        <translation>Niño/a: edad gestacional (semanas)</translation>
    </message>
    <message>
        <source>Goal: area</source>
        <translation>Meta: área</translation>
    </message>
    <message>
        <source>Goal: statement</source>
        <translation>Meta: enunciado</translation>
    </message>
    <message>
        <source>Goal: start date</source>
        <translation>Meta: fecha de inicio</translation>
    </message>
    <message>
        <source>Goal: target date</source>
        <translation>Meta: fecha meta</translation>
    </message>
    <message>
        <source>Goal: status</source>
        <translation>Meta: estado</translation>
    </message>
    <message>
        <source>Visit: date</source>
        <translation>Visita: fecha</translation>
    </message>
    <message>
        <source>Visit: outcome</source>
        <translation>Visita: resultado</translation>
    </message>
    <message>
        <source>Visit: mode</source>
        <translation>Visita: modalidad</translation>
    </message>
    <message>
        <source>Visit: minutes</source>
        <translation>Visita: minutos</translation>
    </message>
    <message>
        <source>Visit: note</source>
        <translation>Visita: nota</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>Caregivers screened for depression on time</source>
        <translation>Cuidadores/as con tamizaje de depresión a tiempo</translation>
    </message>
    <message>
        <source>Of the families whose primary caregiver&apos;s first depression-screen window (3 months from enrolment, or from the birth for families enrolled in pregnancy) ended in the period while the family was enrolled, those whose caregiver was given an EPDS or PHQ-9 inside that window.</source>
        <translation>De las familias cuya primera ventana de tamizaje de depresión del cuidador/a principal (3 meses desde la inscripción, o desde el nacimiento para las familias inscritas durante el embarazo) terminó en el período mientras la familia estaba inscrita, las que tuvieron un EPDS o PHQ-9 del cuidador/a dentro de esa ventana.</translation>
    </message>
    <message>
        <source>Children screened with ASQ-3 on time</source>
        <translation>Niños/as con tamizaje ASQ-3 a tiempo</translation>
    </message>
    <message>
        <source>Of the scheduled ASQ-3 windows (4, 9, 18, 24 and 30 months, by corrected age) that ended in the period while the child&apos;s family was enrolled, one per child and window, those with an ASQ-3 given inside the window.</source>
        <translation>De las ventanas programadas del ASQ-3 (4, 9, 18, 24 y 30 meses, por edad corregida) que terminaron en el período mientras la familia del niño/a estaba inscrita, una por niño/a y ventana, las que tuvieron un ASQ-3 dentro de la ventana.</translation>
    </message>
    <message>
        <source>Positive depression screens with a completed referral</source>
        <translation>Tamizajes de depresión positivos con derivación completada</translation>
    </message>
    <message>
        <source>Of the positive EPDS (13 or more, or item 10 above 0) and PHQ-9 (10 or more, or item 9 above 0) screens given in the period, those with a completed referral (status connected or closed): one made from the screen&apos;s alert, or a mental health referral made within %1 days after the screen.</source>
        <translation>De los tamizajes EPDS (13 o más, o ítem 10 mayor que 0) y PHQ-9 (10 o más, o ítem 9 mayor que 0) positivos del período, los que tienen una derivación completada (estado conectada o cerrada): una hecha desde la alerta del tamizaje, o una derivación de salud mental hecha dentro de los %1 días siguientes al tamizaje.</translation>
    </message>
    <message>
        <source>Positive developmental screens with a completed referral</source>
        <translation>Tamizajes de desarrollo positivos con derivación completada</translation>
    </message>
    <message>
        <source>Of the positive ASQ-3 (an area below the cut-off) and ASQ:SE-2 (above the cut-off) screens given in the period, those with a completed referral (status connected or closed): one made from the screen&apos;s alert, or an early intervention (Part C) referral made within %1 days after the screen.</source>
        <translation>De los tamizajes ASQ-3 (un área por debajo del punto de corte) y ASQ:SE-2 (por encima del punto de corte) positivos del período, los que tienen una derivación completada (estado conectada o cerrada): una hecha desde la alerta del tamizaje, o una derivación a intervención temprana (Parte C) hecha dentro de los %1 días siguientes al tamizaje.</translation>
    </message>
    <message>
        <source>Referrals to early intervention (Part C) connected</source>
        <translation>Derivaciones a intervención temprana (Parte C) conectadas</translation>
    </message>
    <message>
        <source>Of the early intervention (Part C) referrals made in the period, those whose status is now connected or closed.</source>
        <translation>De las derivaciones a intervención temprana (Parte C) hechas en el período, las que ahora están conectadas o cerradas.</translation>
    </message>
    <message>
        <source>Families retained 6 months</source>
        <translation>Familias retenidas 6 meses</translation>
    </message>
    <message>
        <source>Of the families whose 6-month enrolment anniversary fell in the period, those still enrolled on that day, or closed before it with their goals met.</source>
        <translation>De las familias que cumplieron 6 meses de inscripción en el período, las que seguían inscritas ese día, o que cerraron antes con sus metas cumplidas.</translation>
    </message>
    <message>
        <source>Families retained 12 months</source>
        <translation>Familias retenidas 12 meses</translation>
    </message>
    <message>
        <source>Of the families whose 12-month enrolment anniversary fell in the period, those still enrolled on that day, or closed before it with their goals met.</source>
        <translation>De las familias que cumplieron 12 meses de inscripción en el período, las que seguían inscritas ese día, o que cerraron antes con sus metas cumplidas.</translation>
    </message>
    <message>
        <source>Counted up to today: a window, anniversary or screen after today does not count yet. Each family counts under its specialist today.</source>
        <translation>Contado hasta hoy: una ventana, aniversario o tamizaje posterior a hoy todavía no cuenta. Cada familia cuenta con su especialista de hoy.</translation>
    </message>
</context>
<context>
    <name>show_error</name>
    <message>
        <source>Someone else saved first</source>
        <translation>Otra persona guardó primero</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
</context>
</TS>
