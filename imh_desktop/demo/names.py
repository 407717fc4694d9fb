"""Name pools for the demo data: the many communities an agency serves.

Names keep their own letters (Nguyễn, Núñez-O'Brien, Ølstad, Wójcik, Désir),
so every screen, sort, export and PDF meets real-world text. Each community
has given names for adults and for babies, family names, how a full name is
ordered, and the languages its families prefer. All people are invented.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

WESTERN = "western"  # Given [Middle] Family
VIETNAMESE = "vietnamese"  # Family Middle Given; called by the given name
SOMALI = "somali"  # Given Father's-given Family


@dataclass(frozen=True)
class Community:
    """One community's name pools. A family name "Kowalski|Kowalska" is male|female."""

    key: str
    weight: float
    women: tuple[str, ...]
    men: tuple[str, ...]
    girls: tuple[str, ...]
    boys: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[tuple[str, float], ...]
    order: str = WESTERN


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _c(
    key: str,
    weight: float,
    women: str,
    men: str,
    girls: str,
    boys: str,
    surnames: str,
    languages: tuple[tuple[str, float], ...],
    order: str = WESTERN,
) -> Community:
    return Community(
        key,
        weight,
        _split(women),
        _split(men),
        _split(girls),
        _split(boys),
        _split(surnames),
        languages,
        order,
    )


COMMUNITIES: tuple[Community, ...] = (
    _c(
        "anglo",
        17,
        "Ashley, Jessica, Emily, Brittany, Sarah, Megan, Kayla, Amber, Heather, Courtney, Jenna",
        "Tyler, Josh, Cody, Kyle, Brandon, Ryan, Dustin, Travis, Matt, Derek",
        "Olivia, Emma, Harper, Avery, Charlotte, Hazel, Nora, Willow, Ruby, Zoë",
        "Liam, Noah, Wyatt, Owen, Hudson, Lincoln, Theo, Jack, Carter, Eli",
        "Walker, Miller, Anderson, Thompson, Smith, Martin, Clark, Lewis, Young, Hill, "
        "Schmidt, Baker, Campbell, Parker, Reed",
        (("English", 1.0),),
    ),
    _c(
        "african_american",
        17,
        "Aaliyah, Keisha, Imani, Shanice, Tiana, Jasmine, Destiny, Ebony, LaToya, Brianna, "
        "Dominique, Ja'Nya",
        "DeShawn, Marcus, Jamal, Terrell, Darnell, Andre, Malik, Jaylen, Tremaine, D'Andre",
        "Nia, Nevaeh, Amari, Zuri, Kennedi, Aubrielle, Maya, Journee, Ayana",
        "Zion, Kai, Jayden, Josiah, Messiah, Kingston, Amir, Elijah, Kairo",
        "Washington, Jackson, Johnson, Williams, Brown, Jones, Robinson, Harris, Coleman, "
        "Freeman, Jefferson, Banks, Booker, Dixon",
        (("English", 1.0),),
    ),
    _c(
        "latino",
        22,
        "Sofía, María José, Lucía, Ximena, Guadalupe, Itzel, Valentina, Araceli, Yesenia, "
        "Marisol, Dulce, Rocío",
        "José Ángel, Luis, Andrés, Jesús, Joaquín, Martín, Raúl, Héctor, Julián, Iván",
        "Isabella, Camila, Daniela, Emilia, Zoë, Renata, Xóchitl, Lupita, Natalia, Inés",
        "Mateo, Santiago, Sebastián, Matías, Tomás, Emiliano, Iker, Joaquín, Adrián, Ángel",
        "García, Hernández, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, "
        "Flores, Núñez, Peña, Ibáñez, Muñoz, Cortés, Ordóñez, Núñez-O'Brien, Gómez",
        (("Spanish", 0.6), ("English", 0.4)),
    ),
    _c(
        "vietnamese",
        5,
        "Ánh, Hương, Lan, Mai, Thảo, Linh, Ngọc, Trang, Hạnh, Phương, Nguyệt",
        "Minh, Hùng, Tuấn, Dũng, Quang, Khoa, Bảo, Huy, Đức, Long",
        "Hân, Ngọc Anh, Khánh Linh, Bảo Châu, Thư, Vy, Diệp",
        "Khang, Phúc, Nam, An, Bảo, Khôi, Thịnh",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Võ, Đặng, Bùi, Đỗ, Ngô",
        (("Vietnamese", 0.65), ("English", 0.35)),
        VIETNAMESE,
    ),
    _c(
        "arab",
        5,
        "Fatima, Aisha, Mariam, Layla, Noor, Huda, Rania, Yasmin, Amal, Reem, Salma",
        "Ahmed, Mohammed, Omar, Yusuf, Khaled, Tariq, Hassan, Ibrahim, Karim, Samir",
        "Lina, Sara, Amira, Jana, Hala, Maryam, Leen",
        "Adam, Zayd, Hamza, Ali, Yahya, Ilyas, Kareem",
        "Al-Hassan, Haddad, Khalil, Mansour, Abdullah, El-Amin, Saleh, Nasser, Al-Rashid, "
        "Abu-Zaid, Darwish, Sabbagh",
        (("Arabic", 0.65), ("English", 0.35)),
    ),
    _c(
        "somali",
        5,
        "Hodan, Ayaan, Faadumo, Hibaaq, Sahra, Ubah, Istahil, Nimco, Khadra, Deeqa",
        "Abdi, Mahad, Cabdullahi, Liban, Farah, Guled, Yusuf, Abdirahman, Mustafe",
        "Ifrah, Muna, Sagal, Hamdi, Najma, Ilhan",
        "Bilal, Khalid, Ayub, Zakariye, Mohamed, Idris",
        "Warsame, Mohamed, Jama, Farah, Hussein, Osman, Ahmed, Abdi, Hassan, Ali, Nur, Egal",
        (("Somali", 0.7), ("English", 0.3)),
        SOMALI,
    ),
    _c(
        "hmong",
        4,
        "Mai Nou, Pa Houa, Bao, Kia, Yer, Nou, Chue, Xee, Mai Yer, Pang",
        "Tou, Pao, Chong, Fue, Neng, Kou, Xeng, Teng, Nhia",
        "Nalee, Maiv, Paj, Ntxhi, Kaylee, Lia",
        "Tong, Txhiaj, Meng, Kong, Vam, Leng",
        "Vang, Xiong, Yang, Lee, Thao, Her, Moua, Lor, Vue, Chang, Kue, Hang",
        (("Hmong", 0.55), ("English", 0.45)),
    ),
    _c(
        "haitian",
        4,
        "Marie-Ange, Nadège, Fabienne, Guerline, Widelene, Mirlande, Roseline, Lovely, Wislande",
        "Jean-Robert, Wesner, Frantz, Ricardo, Jacky, Stevenson, Wilner, Reginald",
        "Naïka, Djenny, Ketsia, Daphnée, Christelle, Nehemie",
        "Jérémie, Kervens, Woodley, Davidson, Jean-Luc, Mackenson",
        "Jean-Baptiste, Pierre, Joseph, Louis, Charles, Saint-Fleur, Désir, Toussaint, Étienne, "
        "Dorvil, Célestin, Augustin",
        (("Haitian Creole", 0.55), ("French", 0.1), ("English", 0.35)),
    ),
    _c(
        "dine",
        3,
        "Shandiin, Nizhoni, Dezbah, Marlene, Tanya, Kateri, Shaina, Darlene, Yanaba",
        "Ahiga, Darrell, Delbert, Tyrell, Kee, Leonard, Brandon, Marvin",
        "Nizhoni, Kaya, Aiyana, Sienna, Alana, Jolene",
        "Ashkii, Yas, Kele, Niyol, Cody, Talon",
        "Begay, Yazzie, Benally, Tsosie, Nez, Begaye, Tso, Etsitty, Bitsui, Manygoats, "
        "Yellowhorse, Attakai",
        (("English", 0.85), ("Navajo", 0.15)),
    ),
    _c(
        "korean",
        2,
        "Ji-woo, Seo-yeon, Min-ji, Hye-jin, Eun-ji, Soo-ah, Yoon-hee",
        "Min-jun, Ji-ho, Hyun-woo, Dong-hyun, Seung-min, Jae-sung",
        "Ha-eun, Yuna, Seo-ah, Ji-an, Chloe",
        "Do-yun, Seo-jun, Ha-jun, Eun-woo, Daniel",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim",
        (("Korean", 0.45), ("English", 0.55)),
    ),
    _c(
        "polish",
        3,
        "Małgorzata, Agnieszka, Zofia, Katarzyna, Łucja, Magdalena, Joanna",
        "Paweł, Łukasz, Krzysztof, Tomasz, Michał, Grzegorz, Wojciech",
        "Zuzanna, Lena, Maja, Hanna, Alicja, Oliwia",
        "Antoni, Jakub, Szymon, Franciszek, Kacper, Stanisław",
        "Wójcik, Nowak, Kowalczyk, Woźniak, Lewandowski|Lewandowska, Wiśniewski|Wiśniewska, "
        "Zieliński|Zielińska, Kamiński|Kamińska, Dąbrowski|Dąbrowska, Kozłowski|Kozłowska, "
        "Szymański|Szymańska, Król",
        (("English", 0.6), ("Polish", 0.4)),
    ),
    _c(
        "ukrainian",
        3,
        "Oksana, Olena, Iryna, Yuliia, Nataliia, Daryna, Sofiia, Halyna",
        "Andrii, Oleksandr, Dmytro, Mykola, Taras, Serhii, Bohdan",
        "Zlata, Solomiia, Mariia, Vasylyna, Anastasiia",
        "Maksym, Bohdan, Matvii, Yurii, Ostap",
        "Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchenko, Oliinyk, Melnyk, Lysenko, "
        "Hnatiuk, Boiko, Savchuk",
        (("Ukrainian", 0.5), ("Russian", 0.1), ("English", 0.4)),
    ),
    _c(
        "irish",
        3,
        "Siobhán, Aoife, Niamh, Saoirse, Caoimhe, Róisín, Bríd, Méabh",
        "Seán, Ciarán, Pádraig, Eoin, Declan, Cathal, Dónal",
        "Fiadh, Éabha, Clodagh, Síofra, Orla",
        "Oisín, Tadhg, Cillian, Darragh, Rónán",
        "O'Brien, O'Connor, Murphy, Kelly, Byrne, Fitzgerald, Ó Néill, McCarthy, O'Sullivan, "
        "Mac Giolla Phádraig",
        (("English", 1.0),),
    ),
    _c(
        "norwegian",
        2,
        "Ingrid, Solveig, Kari, Åse, Sigrid, Ragnhild, Tuva",
        "Bjørn, Øystein, Håkon, Anders, Sindre, Torbjørn",
        "Åsta, Frøya, Ingeborg, Maja, Sunniva",
        "Søren, Bjørn, Aksel, Magnus, Even",
        "Ølstad, Søberg, Bjørnstad, Håland, Æsøy, Lindqvist, Løvås, Brække",
        (("English", 0.85), ("Norwegian", 0.15)),
    ),
    _c(
        "ethiopian",
        2,
        "Selamawit, Meron, Tigist, Hiwot, Bethlehem, Mahlet, Tsion",
        "Dawit, Yonas, Tesfaye, Bereket, Henok, Abel",
        "Hanna, Liya, Eden, Ruth, Saron",
        "Nahom, Kidus, Yafet, Amanuel, Samuel",
        "Tsegaye, Haile, Bekele, Abebe, Gebremariam, Tesfaye, Alemu, Wolde",
        (("Amharic", 0.5), ("Tigrinya", 0.15), ("English", 0.35)),
    ),
    _c(
        "chinese",
        2,
        "Xiaoling, Mei, Yan, Jing, Li Na, Xiu Ying, Fang",
        "Wei, Jun, Hao, Lei, Zhiwei, Jian",
        "Yuxi, Ruoxi, Mia, Xinyi, Ling",
        "Haoran, Yichen, Zihan, Ethan, Muchen",
        "Chen, Wang, Li, Zhang, Liu, Huang, Zhao, Wu",
        (("Mandarin", 0.45), ("Cantonese", 0.15), ("English", 0.4)),
    ),
)

_BY_KEY = {c.key: c for c in COMMUNITIES}
_WEIGHTS = tuple(c.weight for c in COMMUNITIES)


@dataclass(frozen=True)
class Person:
    """A generated name: the full name, the name the family calls them by, the family name."""

    full_name: str
    first_name: str
    surname: str


def community(key: str) -> Community:
    return _BY_KEY[key]


def pick_community(rng: Random) -> Community:
    """A community, weighted by how often an agency serves it."""
    return rng.choices(COMMUNITIES, _WEIGHTS)[0]


def pick_language(rng: Random, who: Community) -> str:
    names = [name for name, _ in who.languages]
    return rng.choices(names, [w for _, w in who.languages])[0]


def pick_surname(rng: Random, who: Community) -> str:
    """A family name as stored ("Kowalski|Kowalska" pairs stay whole; see ``gendered``)."""
    return rng.choice(who.surnames)


def gendered(surname: str, female: bool) -> str:
    """The right form of a family name for a man or a woman ("Kowalska")."""
    if "|" not in surname:
        return surname
    male_form, female_form = surname.split("|", 1)
    return female_form if female else male_form


def make_person(
    rng: Random,
    who: Community,
    female: bool,
    surname: str | None = None,
    child: bool = False,
    father: str | None = None,
) -> Person:
    """A person of community ``who``; ``surname`` as stored, ``father`` for Somali names."""
    pool = (who.girls if female else who.boys) if child else (who.women if female else who.men)
    given = rng.choice(pool)
    family = gendered(surname or pick_surname(rng, who), female)
    if who.order == VIETNAMESE:
        middle = "Thị" if female and not child else rng.choice(("Văn", "Minh", "Đức", "Ngọc"))
        if female and child:
            middle = rng.choice(("Ngọc", "Thị", "Bảo", "Gia"))
        return Person(f"{family} {middle} {given}", given.split()[-1], family)
    if who.order == SOMALI:
        second = father or rng.choice(who.men)
        return Person(f"{given} {second} {family}", given, family)
    return Person(f"{given} {family}", given, family)


def ascii_fold(text: str) -> str:
    """Plain lowercase ASCII letters of ``text`` (for usernames): "Ølstad" -> "olstad"."""
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha()).lower()


_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"}
)

STREETS = _split(
    "Maple Ave, Cedar St, Riverside Dr, Lake St, Franklin Ave, Chicago Ave, Oak Grove Rd, "
    "Bloomington Ave, Elm St, Cherry Ln, Park Ave, Washington Ave, Hillcrest Dr, Willow Way, "
    "Birch Ct, Prairie Rd, Summit Ave, Dupont Ave, Juniper St, Aspen Ln, Main St, Mill Rd"
)
CITIES = _split("Riverton, Lakeside, Maple Falls, Cedar Grove, Millbrook, North Hollow, Eastbrook")
AREA_CODES = (612, 651, 763, 952, 320)


def make_address(rng: Random) -> str:
    """A made-up street address in a made-up town."""
    number = rng.randint(100, 9899)
    unit = f", Apt {rng.randint(1, 24)}{rng.choice('ABCD')}" if rng.random() < 0.45 else ""
    return f"{number} {rng.choice(STREETS)}{unit}\n{rng.choice(CITIES)}"


def make_phone(rng: Random) -> str:
    """A phone number in the 555-01xx range reserved for fiction."""
    return f"({rng.choice(AREA_CODES)}) 555-01{rng.randint(0, 99):02d}"
