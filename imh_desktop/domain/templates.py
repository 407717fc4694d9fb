"""Goal statement templates and serve-and-return ideas for family handouts.

Goal templates are DOMAIN.md's example statements per goal domain, with
``[child]`` and ``[caregiver]`` placeholders for ``fill_template``.

Handout ideas are our own plain, warm, strengths-first wording, in English
and Spanish (usted), chosen by the child's age band. The five steps of serve
and return follow the Harvard Center on the Developing Child's description
(notice and share the focus; support and encourage; name it; take turns and
wait; practice endings and beginnings).
"""

from __future__ import annotations

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.errors import DomainError

GOAL_TEMPLATES: dict[GoalDomain, tuple[str, ...]] = {
    GoalDomain.ATTACHMENT: (
        "[caregiver] will notice [child]'s distress cues and comfort [child] within a few "
        "minutes, most of the time, as seen in visits.",
        "[caregiver] will talk about what [child] might be feeling or wanting "
        '("she\'s tired", "he wants you to watch").',
        "[caregiver] will spend 10 minutes a day in warm, undistracted play with [child].",
    ),
    GoalDomain.REGULATION: (
        "[caregiver] will use two soothing strategies (holding close, rocking, a quiet voice, "
        "swaddling) when [child] is upset.",
        "[caregiver] will recognise signs that [child] is overwhelmed (looking away, arching, "
        "hiccups, fussing) and lower the stimulation.",
        "[child] will settle to sleep with a predictable bedtime routine on 5 of 7 nights.",
    ),
    GoalDomain.SERVE_AND_RETURN: (
        "[caregiver] will follow [child]'s lead in play and name what [child] is looking at "
        "or doing.",
        "[caregiver] will take turns with [child]'s sounds and gestures, waiting for "
        "[child]'s reply.",
        "[caregiver] will read or look at a picture book with [child] most days.",
    ),
    GoalDomain.CAREGIVER_WELLBEING: (
        "[caregiver] will name two people to call when feeling overwhelmed.",
        "[caregiver] will attend a first appointment with a mental health provider.",
        "[caregiver] will have one hour a week for themselves.",
    ),
    GoalDomain.DEVELOPMENT: (
        "[child] will be screened at each scheduled ASQ-3 / ASQ:SE-2 interval.",
        "[caregiver] will give [child] daily tummy time.",
        "The family will connect with early intervention for an evaluation.",
    ),
    GoalDomain.SAFETY: (
        "The family will have a safe sleep space (own crib, on the back, nothing loose).",
        "The family will move into stable housing.",
        "The family will enrol in WIC / food support.",
    ),
    GoalDomain.OTHER: (),  # free text
}


def goal_templates(domain: GoalDomain) -> tuple[str, ...]:
    """The example goal statements for ``domain`` (none for "other": free text)."""
    return GOAL_TEMPLATES[GoalDomain(domain)]


def fill_template(text: str, child: str, caregiver: str) -> str:
    """Put the child's and caregiver's names in a goal template.

    Blank names become "the child" / "the caregiver"; the first letter of the
    statement is capitalised.
    """
    filled = text.replace("[child]", child.strip() or "the child")
    filled = filled.replace("[caregiver]", caregiver.strip() or "the caregiver")
    return filled[:1].upper() + filled[1:]


LANGUAGES = ("en", "es")
AGE_BANDS = ((0, 6), (6, 12), (12, 24), (24, 36))  # months, [from, to)

_IDEAS: dict[str, dict[tuple[int, int], tuple[str, ...]]] = {
    "en": {
        (0, 6): (
            "Get face to face during feeds, diaper changes and cuddles. Your face is your "
            "baby's favorite thing to look at.",
            "When your baby coos, copy the sound back, then wait. Give your baby time to "
            "answer you.",
            "Talk about what you are doing: “Now the warm water.” “Here come your socks.” "
            "Your voice helps your baby feel safe.",
            "Watch your baby's signals. Turning away or fussing can mean “I need a break”; "
            "a calm, bright look can mean “Let's play.”",
            "When your baby cries, hold, rock or sing. Comforting a baby quickly does not "
            "spoil them; it teaches them they can count on you.",
        ),
        (6, 12): (
            "When your baby looks at or points to something, look too and name it: “Yes, a dog!”",
            "Play peekaboo and other back-and-forth games. Laugh together and let your baby "
            "take a turn.",
            "Share a picture book. Point to the pictures, name them, and let your baby turn "
            "the pages (or chew the corner!).",
            "Tell your baby what comes next: “Bath, then pajamas, then milk.” Knowing what "
            "comes next helps your baby feel safe.",
            "When your baby babbles “ba-ba-ba,” answer as if you are having a conversation: "
            "“Really? Tell me more!”",
        ),
        (12, 24): (
            "Follow your toddler's lead in play. Let them choose the toy, then join in.",
            "Describe what your toddler is doing, like a sports announcer: “You're stacking "
            "the blocks… one more… crash!”",
            "Offer two choices: “The red cup or the blue cup?” Choosing helps your toddler "
            "feel capable.",
            "Name feelings: “You're frustrated. The lid won't come off.” Naming a feeling "
            "helps your child start to understand it.",
            "Read together every day, even for a few minutes. Let your toddler pick the "
            "book, even if it's the same one again.",
        ),
        (24, 36): (
            "Pretend together: feed the teddy, cook a pretend meal, drive a cardboard-box "
            "car. Let your child be the boss of the story.",
            "Ask a question, then wait (count to five in your head) for the answer. Your "
            "child is still finding the words.",
            "At bedtime, talk about the day: “What was fun today? What was hard?”",
            "When big feelings come, stay close and calm. Help your child name the feeling, "
            "then calm down together with a hug or slow breaths.",
            "Give your child small jobs, like putting spoons on the table. Say thank you: "
            "helping makes children proud.",
        ),
    },
    "es": {
        (0, 6): (
            "Póngase cara a cara con su bebé al darle de comer, al cambiarle el pañal y al "
            "abrazarlo. Su cara es lo que más le gusta mirar a su bebé.",
            "Cuando su bebé haga un sonidito, repítalo y luego espere. Dele tiempo para que "
            "le conteste.",
            "Cuéntele lo que está haciendo: “Ahora el agua tibia.” “Aquí vienen tus "
            "calcetines.” Su voz ayuda a su bebé a sentirse seguro.",
            "Fíjese en las señales de su bebé. Si voltea la cara o se inquieta, puede querer "
            "decir “necesito un descanso”; una mirada tranquila y alegre puede decir "
            "“¡juguemos!”.",
            "Cuando su bebé llore, cárguelo, mézalo o cántele. Consolar pronto a un bebé no "
            "lo malcría: le enseña que puede contar con usted.",
        ),
        (6, 12): (
            "Cuando su bebé mire o señale algo, mire usted también y dígale qué es: "
            "“¡Sí, un perro!”",
            "Jueguen a “¿Dónde está el bebé? ¡Aquí está!” y a otros juegos de ida y vuelta. "
            "Rían juntos y deje que su bebé tome su turno.",
            "Compartan un libro con dibujos. Señale los dibujos, nómbrelos y deje que su "
            "bebé pase las páginas (¡o muerda la esquina!).",
            "Dígale a su bebé lo que viene después: “Primero el baño, luego la pijama y "
            "después la leche.” Saber lo que viene le ayuda a sentirse seguro.",
            "Cuando su bebé balbucee “ba-ba-ba”, contéstele como si fuera una conversación: "
            "“¿De veras? ¡Cuéntame más!”",
        ),
        (12, 24): (
            "Deje que su pequeño dirija el juego: que escoja el juguete, y luego únase usted.",
            "Describa lo que hace su pequeño, como un locutor de deportes: “Estás poniendo "
            "los bloques… uno más… ¡se cayeron!”",
            "Ofrézcale dos opciones: “¿El vaso rojo o el azul?” Escoger le ayuda a sentirse capaz.",
            "Póngale nombre a los sentimientos: “Estás frustrado porque la tapa no se "
            "abre.” Nombrar lo que siente le ayuda a empezar a entenderlo.",
            "Lean juntos todos los días, aunque sea unos minutos. Deje que su pequeño escoja "
            "el libro, aunque sea el mismo otra vez.",
        ),
        (24, 36): (
            "Jueguen a imaginar: darle de comer al osito, cocinar una comida de mentiritas, "
            "manejar un carro de cartón. Deje que su niño dirija la historia.",
            "Haga una pregunta y espere la respuesta (cuente hasta cinco en silencio). Su "
            "niño todavía está buscando las palabras.",
            "A la hora de dormir, platiquen sobre el día: “¿Qué fue divertido hoy? ¿Qué fue "
            "difícil?”",
            "Cuando lleguen los sentimientos fuertes, quédese cerca y en calma. Ayude a su "
            "niño a nombrar lo que siente y cálmense juntos con un abrazo o respirando "
            "despacio.",
            "Dele tareas pequeñas, como poner las cucharas en la mesa. Dele las gracias: "
            "ayudar hace que los niños se sientan orgullosos.",
        ),
    },
}

_STEPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Notice the serve and share the focus: see what your child is looking at, pointing "
        "to or reaching for, and look at it together.",
        "Return the serve with support and encouragement: a smile, a word, a hug or a nod "
        "tells your child you noticed.",
        "Give it a name: say the word for what your child sees, does or feels. “That's a "
        "ball!” “You're sleepy.”",
        "Take turns, and wait: after you answer, pause and give your child time to take "
        "their turn. The back-and-forth is where learning happens.",
        "Practice endings and beginnings: notice when your child is done or ready for "
        "something new (looking away, letting go) and follow them to the next thing.",
    ),
    "es": (
        "Fíjese en lo que su niño “sirve” y compartan la atención: vea qué mira, señala o "
        "quiere alcanzar, y mírenlo juntos.",
        "Devuélvale el “servicio” con apoyo y ánimo: una sonrisa, una palabra, un abrazo o "
        "un gesto le dicen que usted se dio cuenta.",
        "Póngale nombre: diga la palabra de lo que su niño ve, hace o siente. “¡Es una "
        "pelota!” “Tienes sueño.”",
        "Tomen turnos y espere: después de responder, haga una pausa y dele tiempo a su "
        "niño para tomar su turno. En ese ir y venir es donde se aprende.",
        "Practique los finales y los comienzos: fíjese cuando su niño ya terminó o quiere "
        "algo nuevo (mira hacia otro lado, suelta el juguete) y sígalo a lo siguiente.",
    ),
}


def _language(lang: str) -> str:
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    aliases = {"english": "en", "spanish": "es", "español": "es", "espanol": "es"}
    code = aliases.get(code, code)
    if code not in LANGUAGES:
        raise DomainError("Handouts are available in English and Spanish.", field="language")
    return code


def age_band(age_months: int) -> tuple[int, int]:
    """The handout age band (months, from-to) for a child of ``age_months``; 36+ uses 24-36."""
    if isinstance(age_months, bool) or not isinstance(age_months, int) or age_months < 0:
        raise DomainError("Age in months must be a whole number, 0 or more.", field="age_months")
    for band in AGE_BANDS:
        if band[0] <= age_months < band[1]:
            return band
    return AGE_BANDS[-1]


def handout_ideas(age_months: int, lang: str) -> list[str]:
    """Serve-and-return ideas for a child of ``age_months`` months, in "en" or "es".

    Also accepts "es-MX", "English", "Spanish". Children just past three get
    the 24-36 month ideas.
    """
    return list(_IDEAS[_language(lang)][age_band(age_months)])


def serve_and_return_steps(lang: str) -> list[str]:
    """The five steps of serve and return, as caregivers can use them, in "en" or "es"."""
    return list(_STEPS[_language(lang)])
