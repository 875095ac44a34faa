"""Webinars, consultation hours and speakers for the demo, written for Sauat in kk (source), ru and en.

Times are relative to the day the demo is loaded (Almaty time): ``day`` is days from today, ``at`` the
local start time. One past webinar has a short generated audio recording with captions in all three
languages (cue times in seconds).
"""

INDEX = {
    "slug": "webinars",
    "title": {"kk": "Вебинарлар", "ru": "Вебинары", "en": "Webinars"},
    "intro": {
        "kk": "Заңгерлермен, адвокаттармен және университет оқытушыларымен тікелей эфир. Сұрағыңызды алдын ала жіберіңіз; "
        "өткен вебинарлардың жазбасы субтитрлерімен қолжетімді.",
        "ru": "Прямые эфиры с юристами, адвокатами и преподавателями университетов. Присылайте вопросы заранее; "
        "записи прошедших вебинаров доступны с субтитрами.",
        "en": "Live sessions with lawyers, advocates and university teachers. Send your question in advance; "
        "recordings of past webinars come with captions.",
    },
    "menu_label": {"kk": "Вебинарлар", "ru": "Вебинары", "en": "Webinars"},
}

SPEAKERS = [
    {
        "slug": "sadykova",
        "role": "candidate",
        "languages": ["kk", "ru"],
        "name": {"kk": "Әйгерім Садықова", "ru": "Айгерим Садыкова", "en": "Aigerim Sadykova"},
        "affiliation": {
            "kk": "Университеттің заң клиникасы, Алматы",
            "ru": "Юридическая клиника университета, Алматы",
            "en": "University legal clinic, Almaty",
        },
        "bio": {
            "kk": "Заң ғылымдарының кандидаты. Студенттермен бірге азаматтарға тегін кеңес береді.",
            "ru": "Кандидат юридических наук. Вместе со студентами бесплатно консультирует граждан.",
            "en": "Candidate of law. Gives free advice to citizens together with her students.",
        },
    },
    {
        "slug": "bekov",
        "role": "advocate",
        "languages": ["kk", "ru"],
        "name": {"kk": "Нұрлан Беков", "ru": "Нурлан Беков", "en": "Nurlan Bekov"},
        "affiliation": {
            "kk": "Жеке адвокаттық кеңсе, Шымкент",
            "ru": "Частная адвокатская контора, Шымкент",
            "en": "Private law office, Shymkent",
        },
        "bio": {
            "kk": "Он бес жылдан астам азаматтық істер бойынша адвокат. Кепілдік берілген заң көмегін көрсетеді.",
            "ru": "Более пятнадцати лет адвокат по гражданским делам. Оказывает гарантированную государством помощь.",
            "en": "An advocate in civil cases for more than fifteen years; gives state-guaranteed legal aid.",
        },
    },
    {
        "slug": "omarova",
        "role": "consultant",
        "languages": ["kk", "ru", "en"],
        "name": {"kk": "Дана Омарова", "ru": "Дана Омарова", "en": "Dana Omarova"},
        "affiliation": {
            "kk": "Тұтынушылар құқығын қорғау қоғамдық бірлестігі, Астана",
            "ru": "Общественное объединение защиты прав потребителей, Астана",
            "en": "Consumer rights association, Astana",
        },
        "bio": {
            "kk": "Заң кеңесшісі: тұтынушылардың құқықтары мен дербес деректерді қорғау.",
            "ru": "Юридический консультант: права потребителей и защита персональных данных.",
            "en": "Legal consultant on consumer rights and personal data protection.",
        },
    },
]

WEBINARS = [
    {
        "slug": "free-legal-aid-step-by-step",
        "kind": "webinar",
        "day": 3,
        "at": "19:00",
        "minutes": 60,
        "language": "kk",
        "capacity": 100,
        "topic": "legal-aid",
        "course": "free-legal-aid",
        "speakers": ["bekov", "sadykova"],
        "title": {
            "kk": "Тегін заң көмегін қадам-қадаммен алу",
            "ru": "Бесплатная юридическая помощь шаг за шагом",
            "en": "Free legal aid, step by step",
        },
        "summary": {
            "kk": "Кім тегін кеңес пен сотта өкілдік алуға құқылы, өтінішті қайда және қалай беру керек.",
            "ru": "Кто имеет право на бесплатную консультацию и представительство в суде, куда и как обращаться.",
            "en": "Who is entitled to free advice and representation in court, and where and how to apply.",
        },
        "description": {
            "kk": "<p>Адвокат пен заң клиникасының оқытушысы нақты мысалдармен түсіндіреді. Сұрақтарыңызды алдын ала жіберіңіз.</p>",
            "ru": "<p>Адвокат и преподаватель юридической клиники объяснят на реальных примерах. Присылайте вопросы заранее.</p>",
            "en": "<p>An advocate and a legal-clinic teacher explain with real examples. Send your questions in advance.</p>",
        },
    },
    {
        "slug": "returning-faulty-goods",
        "kind": "webinar",
        "day": 10,
        "at": "19:00",
        "minutes": 60,
        "language": "ru",
        "capacity": 50,
        "topic": "consumer",
        "course": "consumer-rights",
        "speakers": ["omarova"],
        "title": {
            "kk": "Ақаулы тауарды қалай қайтаруға болады",
            "ru": "Как вернуть некачественный товар",
            "en": "How to return faulty goods",
        },
        "summary": {
            "kk": "Сатушыға наразылық жазу, мерзімдер және дау туындаса қайда жүгіну керек.",
            "ru": "Претензия продавцу, сроки и куда обращаться, если возник спор.",
            "en": "A written claim to the seller, the deadlines, and where to turn if there is a dispute.",
        },
        "description": {
            "kk": "<p>«Тұтынушылардың құқықтарын қорғау туралы» Заң бойынша практикалық вебинар (орыс тілінде).</p>",
            "ru": "<p>Практический вебинар по Закону «О защите прав потребителей».</p>",
            "en": "<p>A practical webinar on the Law on Consumer Protection (held in Russian).</p>",
        },
    },
    {
        "slug": "personal-data-and-chatbots",
        "kind": "webinar",
        "day": 17,
        "at": "18:00",
        "minutes": 90,
        "language": "en",
        "capacity": 30,
        "topic": "data-ai",
        "course": "personal-data-and-ai",
        "speakers": ["omarova", "sadykova"],
        "title": {
            "kk": "Дербес деректер және чат-боттар: нені айтпау керек",
            "ru": "Персональные данные и чат-боты: о чём не стоит рассказывать",
            "en": "Personal data and chatbots: what not to tell them",
        },
        "summary": {
            "kk": "Жасанды интеллект қызметтеріне қандай деректер беруге болады және келісімді қалай қайтарып алуға болады.",
            "ru": "Какие данные можно доверять сервисам с искусственным интеллектом и как отозвать согласие.",
            "en": "Which data you can safely give to AI services and how to withdraw your consent.",
        },
        "description": {
            "kk": "<p>«Дербес деректер және оларды қорғау туралы» Заң және ЕО-ның жасанды интеллект туралы регламенті (ағылшын тілінде).</p>",
            "ru": "<p>Закон «О персональных данных и их защите» и Регламент ЕС об искусственном интеллекте (на английском).</p>",
            "en": "<p>The Law on Personal Data and Their Protection and the EU AI Act, explained for everyday users.</p>",
        },
    },
    {
        "slug": "legal-clinic-consultation-hours",
        "kind": "consultation",
        "day": 5,
        "at": "15:00",
        "minutes": 120,
        "slot_minutes": 20,
        "language": "kk",
        "capacity": 1,
        "topic": "legal-aid",
        "course": "free-legal-aid",
        "speakers": ["sadykova"],
        "title": {
            "kk": "Заң клиникасының кеңес беру сағаттары",
            "ru": "Консультационные часы юридической клиники",
            "en": "Legal clinic consultation hours",
        },
        "summary": {
            "kk": "20 минуттық жеке онлайн кеңес. Уақытты таңдап, сұрағыңызды қысқаша сипаттаңыз.",
            "ru": "Личная онлайн-консультация на 20 минут. Выберите время и кратко опишите вопрос.",
            "en": "A private 20-minute online consultation. Pick a time and describe your question briefly.",
        },
        "description": {
            "kk": "<p>Кеңес білім беру мақсатында беріледі және адвокаттың көмегін алмастырмайды.</p>",
            "ru": "<p>Консультация носит образовательный характер и не заменяет помощь адвоката.</p>",
            "en": "<p>The consultation is educational and does not replace an advocate's help.</p>",
        },
    },
    {
        "slug": "who-gets-free-legal-aid",
        "kind": "webinar",
        "day": -7,
        "at": "19:00",
        "minutes": 60,
        "language": "kk",
        "capacity": 100,
        "topic": "legal-aid",
        "course": "free-legal-aid",
        "speakers": ["bekov"],
        "recording": "who-gets-free-legal-aid",
        "title": {
            "kk": "Тегін заң көмегін кім ала алады",
            "ru": "Кто может получить бесплатную юридическую помощь",
            "en": "Who can get free legal aid",
        },
        "summary": {
            "kk": "Конституция мен 2018 жылғы Заң не дейді: заң көмегінің екі нысаны және қайда жүгіну керек.",
            "ru": "Что говорят Конституция и Закон 2018 года: две формы юридической помощи и куда обращаться.",
            "en": "What the Constitution and the 2018 law say: the two forms of legal aid and where to turn.",
        },
        "description": {
            "kk": "<p>Вебинардың қысқаша жазбасы мен субтитрлері төменде.</p>",
            "ru": "<p>Короткая запись вебинара и субтитры — ниже.</p>",
            "en": "<p>A short recording of the webinar with captions is below.</p>",
        },
    },
    {
        "slug": "online-shopping-rights",
        "kind": "webinar",
        "day": -21,
        "at": "19:00",
        "minutes": 60,
        "language": "ru",
        "capacity": 80,
        "topic": "consumer",
        "course": "consumer-rights",
        "speakers": ["omarova"],
        "title": {
            "kk": "Интернет-дүкендегі сатып алушының құқықтары",
            "ru": "Права покупателя в интернет-магазине",
            "en": "Your rights when shopping online",
        },
        "summary": {
            "kk": "Қашықтан сатып алу, жеткізу және ақшаны қайтару.",
            "ru": "Дистанционная покупка, доставка и возврат денег.",
            "en": "Buying at a distance, delivery and getting your money back.",
        },
        "description": {
            "kk": "<p>Өткен вебинар. Жазба әзірленуде.</p>",
            "ru": "<p>Прошедший вебинар. Запись готовится.</p>",
            "en": "<p>A past webinar. The recording is being prepared.</p>",
        },
    },
]

RECORDINGS = {
    "who-gets-free-legal-aid": {
        "seconds": 32,
        "chapters": [
            (0, {"kk": "Кіріспе", "ru": "Вступление", "en": "Introduction"}),
            (5, {"kk": "Конституция не дейді", "ru": "Что говорит Конституция", "en": "What the Constitution says"}),
            (15, {"kk": "Заң көмегінің екі нысаны", "ru": "Две формы юридической помощи", "en": "Two forms of legal aid"}),
            (26, {"kk": "Қайда жүгіну керек", "ru": "Куда обращаться", "en": "Where to turn"}),
        ],
        "cues": [
            (0.0, 5.0, {
                "kk": "Қайырлы кеш. Бүгін Қазақстанда кім тегін заң көмегін ала алатыны туралы сөйлесеміз.",
                "ru": "Добрый вечер. Сегодня поговорим о том, кто может получить бесплатную юридическую помощь в Казахстане.",
                "en": "Good evening. Today we talk about who can get free legal aid in Kazakhstan.",
            }),
            (5.0, 10.0, {
                "kk": "Конституцияның 13-бабында әркімнің білікті заң көмегін алуға құқығы бар екені айтылған.",
                "ru": "Статья 13 Конституции гласит, что каждый имеет право на получение квалифицированной юридической помощи.",
                "en": "Article 13 of the Constitution says that everyone has the right to qualified legal assistance.",
            }),
            (10.0, 15.5, {
                "kk": "Заңда көзделген жағдайларда бұл көмек тегін көрсетіледі.",
                "ru": "В случаях, предусмотренных законом, эта помощь оказывается бесплатно.",
                "en": "In the cases set by law, this assistance is free of charge.",
            }),
            (15.5, 21.0, {
                "kk": "2018 жылғы 5 шілдедегі «Адвокаттық қызмет және заң көмегі туралы» Заң екі нысанды атайды: "
                "кеңес беру және сотта өкілдік ету.",
                "ru": "Закон «Об адвокатской деятельности и юридической помощи» от 5 июля 2018 года называет две формы: "
                "консультирование и представительство в суде.",
                "en": "The Law on Advocacy and Legal Aid of 5 July 2018 names two forms: consultation and "
                "representation in court.",
            }),
            (21.0, 26.5, {
                "kk": "Кеңес ауызша немесе жазбаша болады, оған шағым немесе өтініш жазуға көмек те кіреді.",
                "ru": "Консультация бывает устной или письменной и включает помощь в составлении жалобы или заявления.",
                "en": "A consultation can be oral or written, and it includes help with drafting a complaint or an "
                "application.",
            }),
            (26.5, 32.0, {
                "kk": "Заңгер табу үшін «Е-Заң көмегі» жүйесін пайдаланыңыз немесе 1414 нөміріне қоңырау шалыңыз.",
                "ru": "Чтобы найти юриста, воспользуйтесь системой «Е-Заң көмегі» или позвоните на линию 1414.",
                "en": "To find a lawyer, use the E-Zan komegi system or call the 1414 hotline.",
            }),
        ],
    },
}
