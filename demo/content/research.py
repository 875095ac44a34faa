"""Demo research: the identified copy of the AI survey, two research projects and their consent texts.

Kazakh (kk) is the source text; ru and en say the same thing. Project titles, purposes and ethics
references are single-language fields of ResearchProject (written in English, as a project record
for an ethics committee often is). demo/research.py loads all of this.

The project consent texts follow what Law No. 94-V "On Personal Data and Their Protection",
Art. 8, asks a consent to state: the operator, the person, the purpose, the list of data, who
receives them (third parties), cross-border transfer, public dissemination, the term, and how to
withdraw. ``{ends_on}`` is replaced by the project's end date (ISO, the same in every language).
"""

# -- the research panel: the AI survey again, identified ----------------------------------------

PANEL = {
    "slug": "ai-and-rights-panel",
    "title": {
        "kk": "Жасанды интеллект және сіздің құқықтарыңыз (зерттеу панелі)",
        "ru": "Искусственный интеллект и ваши права (исследовательская панель)",
        "en": "Artificial intelligence and your rights (research panel)",
    },
    "consent": {
        "kk": "Бұл сауалнама зерттеу жобасы үшін жүргізіледі. Ол анонимді емес: жауаптарыңыз Sauat есептік "
        "жазбаңызбен бірге сақталады. Зерттеушілер атыңызды, электрондық поштаңызды не басқа байланыс "
        "деректеріңізді көрмейді: олар жауаптарды жобаға қатысуға келісім берсеңіз ғана және тек осы "
        "жобада қолданылатын бүркеншік кодпен (псевдониммен) алады. Қатысу ерікті: кез келген "
        "сұраққа жауап бермеуге, сауалнаманы кез келген уақытта тоқтатуға және келісіміңізді кейін қайтарып "
        "алуға болады.",
        "ru": "Этот опрос проводится для исследовательского проекта. Он не анонимный: ваши ответы хранятся вместе "
        "с вашей учётной записью Sauat. Исследователи не видят ваше имя, электронную почту или другие контакты: "
        "они получают ответы только под псевдонимом (кодом), который используется только в этом проекте, и "
        "только если вы дали согласие на участие в проекте. Участие добровольное: можно не отвечать на любой "
        "вопрос, прервать опрос в любой момент и позже отозвать согласие.",
        "en": "This survey is run for a research project. It is not anonymous: your answers are stored with your "
        "Sauat account. The researchers do not see your name, e-mail or other contact details: they receive the "
        "answers only under a pseudonym (a code) used in this project alone, and only if you have agreed to take "
        "part in the project. Taking part is voluntary: you may skip any question, stop at any time and withdraw "
        "your consent later.",
    },
}

# -- project 1: approved and running, with participants ------------------------------------------

PROJECT = {
    "title": "Legal literacy and attitudes to AI among students (demo)",
    "principal_investigator": "researcher@sauat.test",
    "investigator_name": "Сәуле Ахметова, PhD (demo)",
    "institution": "Al-Farabi Kazakh National University",
    "purpose": (
        "We study how students' knowledge of consumer rights changes over the Sauat course (pre-test and "
        "post-test) and how it relates to their use of AI apps, their trust in AI answers to legal questions and "
        "their worries about data security (the research panel of the AI and rights survey, after the n=200 "
        "study). Results are published only as group statistics and used to improve the courses."
    ),
    "ethics_reference": "KazNU LEC No. 114 (demo)",
    "course": "consumer-rights",  # instruments: this course's pre-test and post-test ...
    "panel": True,  # ... and the research panel
    "requests_free_text": True,
    "cross_border": False,
    "review_note": "Approved for the demo; free-text answers allowed after the redaction check.",
    "consent": {
        "kk": "Бұл келісім «Студенттердің құқықтық сауаттылығы және ЖИ-ге көзқарасы» зерттеу жобасына қатысуға "
        "қатысты. Келісімді Sauat-қа кірген есептік жазба иесі (деректер субъектісі) береді.\n\n"
        "Дербес деректер операторы: Sauat платформасы (бұл демо сайт; нақты сайтта мұнда оператордың толық атауы "
        "мен БСН-і тұрады). Зерттеуді әл-Фараби атындағы Қазақ ұлттық университетінің зерттеу тобы жүргізеді, "
        "жетекшісі — Сәуле Ахметова.\n\n"
        "Мақсаты: «Тұтынушы құқықтары» курсы бойынша білімнің қалай өзгеретінін және оның ЖИ қосымшаларын "
        "пайдаланумен, ЖИ-ге сеніммен және деректер қауіпсіздігі туралы алаңдаушылықпен байланысын зерттеу.\n\n"
        "Деректер тізімі: «Жасанды интеллект және сіздің құқықтарыңыз (зерттеу панелі)» сауалнамасына берген "
        "жауаптарыңыз (жас тобы, елді мекен түрі, үйде сөйлейтін тіл және еркін жауап та бар); «Тұтынушы "
        "құқықтары» курсының бастапқы және қорытынды тесттеріндегі жауаптарыңыз бен ұпайларыңыз; жауап тілі; "
        "университетіңіз бен оқу тобыңыз; профиліңіздегі жас тобы, жынысыңыз және қалада не ауылда тұратыныңыз "
        "(егер оларды көрсетсеңіз). Атыңыз, электрондық поштаңыз, телефоныңыз және ЖСН-іңіз берілмейді.\n\n"
        "Кімге беріледі: тек осы жобаның зерттеу тобына, бүркеншік кодпен (псевдониммен); бұл кодты басқа "
        "жобалардың деректерімен байланыстыру мүмкін емес. Деректер жалпыға таратылмайды: тек жиынтық нәтижелер "
        "жарияланады.\n\n"
        "Шекара арқылы беру: жоқ. Деректер Қазақстан аумағында сақталады және өңделеді.\n\n"
        "Мерзімі: жоба аяқталатын күнге дейін ({ends_on}).\n\n"
        "Келісім ерікті. Оны кез келген уақытта осы бетте қайтарып алуға болады: одан кейін деректеріңіз келесі "
        "экспорттарға енбейді. Зерттеушілер бұрын алған бүркеншік деректерді кері қайтару мүмкін емес.",
        "ru": "Это согласие на участие в исследовательском проекте «Правовая грамотность студентов и их отношение к "
        "ИИ». Согласие даёт владелец учётной записи, вошедший в Sauat (субъект персональных данных).\n\n"
        "Оператор персональных данных: платформа Sauat (это демонстрационный сайт; на настоящем сайте здесь "
        "указаны полное наименование и БИН оператора). Исследование проводит исследовательская группа "
        "Казахского национального университета имени аль-Фараби, руководитель — Сауле Ахметова.\n\n"
        "Цель: изучить, как меняются знания по курсу «Права потребителей» и как они связаны с использованием "
        "приложений ИИ, доверием к ИИ и беспокойством о безопасности данных.\n\n"
        "Перечень данных: ваши ответы на опрос «Искусственный интеллект и ваши права (исследовательская "
        "панель)» (включая возрастную группу, тип населённого пункта, язык общения дома и свободный ответ); ваши "
        "ответы и баллы во входном и итоговом тестах курса «Права потребителей»; язык ответов; ваш университет и "
        "учебная группа; возрастная группа, пол и проживание в городе или селе из вашего профиля (если вы их "
        "указали). Ваше имя, электронная почта, телефон и ИИН не передаются.\n\n"
        "Кому передаются: только исследовательской группе этого проекта, под псевдонимом (кодом); этот код "
        "нельзя связать с данными других проектов. Данные не распространяются публично: публикуются только "
        "обобщённые результаты.\n\n"
        "Трансграничная передача: нет. Данные хранятся и обрабатываются на территории Казахстана.\n\n"
        "Срок: до даты окончания проекта ({ends_on}).\n\n"
        "Согласие добровольное. Его можно отозвать в любой момент на этой странице: после этого ваши данные не "
        "войдут в последующие выгрузки. Псевдонимизированные данные, которые исследователи уже получили, "
        "вернуть нельзя.",
        "en": "This consent concerns taking part in the research project “Legal literacy and attitudes to AI among "
        "students”. It is given by the account holder signed in to Sauat (the data subject).\n\n"
        "Personal data operator: the Sauat platform (this is a demo site; on a real site the operator's full "
        "name and BIN stand here). The research team of Al-Farabi Kazakh National University runs the study, "
        "led by Saule Akhmetova.\n\n"
        "Purpose: to study how knowledge changes over the “Consumer rights” course and how it relates to the use "
        "of AI apps, trust in AI and worries about data security.\n\n"
        "List of data: your answers to the survey “Artificial intelligence and your rights (research panel)” "
        "(including age group, type of place, home language and the free-text answer); your answers and scores "
        "in the pre-test and post-test of the “Consumer rights” course; the language of your answers; your "
        "university and study group; the age group, gender and city-or-village from your profile (if you gave "
        "them). Your name, e-mail, phone and IIN are not passed on.\n\n"
        "Recipients: only this project's research team, under a pseudonym (a code); the code cannot be linked "
        "to the data of other projects. The data are not made public: only aggregate results are published.\n\n"
        "Cross-border transfer: none. The data are stored and processed in Kazakhstan.\n\n"
        "Term: until the project's end date ({ends_on}).\n\n"
        "Consent is voluntary. You can withdraw it at any time on this page: your data are then left out of "
        "later exports. Pseudonymised data the researchers have already received cannot be called back.",
    },
}

# -- project 2: waiting for approval, no data --------------------------------------------------

SECOND_PROJECT = {
    "title": "Personal data and AI: what law students learn (demo)",
    "principal_investigator": "researcher2@sauat.test",
    "investigator_name": "Ержан Сейітов, PhD (demo)",
    "institution": "L.N. Gumilyov Eurasian National University",
    "purpose": (
        "We compare law students' pre-test and post-test results in the Sauat course on personal data and AI, "
        "to see which topics (consent, data subject rights, risky AI services) need more teaching time. Results "
        "are published only as group statistics."
    ),
    "ethics_reference": "ENU LEC No. 37 (demo)",
    "requests_free_text": False,
    "cross_border": False,
    "course": "personal-data-and-ai",
    "panel": False,
    "consent": {
        "kk": "Бұл келісім «Дербес деректер және ЖИ: заң студенттері не үйренеді» зерттеу жобасына қатысуға "
        "қатысты. Келісімді Sauat-қа кірген есептік жазба иесі (деректер субъектісі) береді.\n\n"
        "Дербес деректер операторы: Sauat платформасы (бұл демо сайт; нақты сайтта мұнда оператордың толық атауы "
        "мен БСН-і тұрады). Зерттеуді Л.Н. Гумилев атындағы Еуразия ұлттық университетінің зерттеу тобы "
        "жүргізеді, жетекшісі — Ержан Сейітов.\n\n"
        "Деректер тізімі: «Дербес деректер және жасанды интеллект» курсының бастапқы және қорытынды "
        "тесттеріндегі жауаптарыңыз бен ұпайларыңыз; жауап тілі; университетіңіз бен оқу тобыңыз; профиліңіздегі "
        "жас тобы, жынысыңыз және қалада не ауылда тұратыныңыз (егер оларды көрсетсеңіз). Атыңыз, электрондық "
        "поштаңыз, телефоныңыз және ЖСН-іңіз берілмейді.\n\n"
        "Кімге беріледі: тек осы жобаның зерттеу тобына, бүркеншік кодпен (псевдониммен). Деректер жалпыға "
        "таратылмайды. Шекара арқылы беру жоқ: деректер Қазақстан аумағында қалады.\n\n"
        "Мерзімі: жоба аяқталатын күнге дейін ({ends_on}). Келісім ерікті, оны кез келген уақытта осы бетте "
        "қайтарып алуға болады: одан кейін деректеріңіз келесі экспорттарға енбейді.",
        "ru": "Это согласие на участие в исследовательском проекте «Персональные данные и ИИ: чему учатся студенты-"
        "юристы». Согласие даёт владелец учётной записи, вошедший в Sauat (субъект персональных данных).\n\n"
        "Оператор персональных данных: платформа Sauat (это демонстрационный сайт; на настоящем сайте здесь "
        "указаны полное наименование и БИН оператора). Исследование проводит исследовательская группа "
        "Евразийского национального университета имени Л.Н. Гумилева, руководитель — Ержан Сеитов.\n\n"
        "Перечень данных: ваши ответы и баллы во входном и итоговом тестах курса «Персональные данные и ИИ»; язык "
        "ответов; ваш университет и учебная группа; возрастная группа, пол и проживание в городе или селе из "
        "вашего профиля (если вы их указали). Ваше имя, электронная почта, телефон и ИИН не передаются.\n\n"
        "Кому передаются: только исследовательской группе этого проекта, под псевдонимом (кодом). Данные не "
        "распространяются публично. Трансграничной передачи нет: данные остаются на территории Казахстана.\n\n"
        "Срок: до даты окончания проекта ({ends_on}). Согласие добровольное, его можно отозвать в любой момент на "
        "этой странице: после этого ваши данные не войдут в последующие выгрузки.",
        "en": "This consent concerns taking part in the research project “Personal data and AI: what law students "
        "learn”. It is given by the account holder signed in to Sauat (the data subject).\n\n"
        "Personal data operator: the Sauat platform (this is a demo site; on a real site the operator's full "
        "name and BIN stand here). The research team of L.N. Gumilyov Eurasian National University runs the "
        "study, led by Yerzhan Seitov.\n\n"
        "List of data: your answers and scores in the pre-test and post-test of the “Personal data and AI” "
        "course; the language of your answers; your university and study group; the age group, gender and "
        "city-or-village from your profile (if you gave them). Your name, e-mail, phone and IIN are not passed "
        "on.\n\n"
        "Recipients: only this project's research team, under a pseudonym (a code). The data are not made "
        "public. There is no cross-border transfer: the data stay in Kazakhstan.\n\n"
        "Term: until the project's end date ({ends_on}). Consent is voluntary; you can withdraw it at any time on "
        "this page, and your data are then left out of later exports.",
    },
}

# -- free-text answers to "What would help you protect your rights when using AI services?" -------

FREE_TEXT = {
    "kk": [
        "Қазақ тіліндегі қысқа нұсқаулықтар",
        "ЖИ қызметі деректерімді қайда сақтайтынын анық жазса екен",
        "Университетте осы тақырып бойынша семинар",
        "Шағымды қайда жіберу керегін білгім келеді",
        "Құқықтық клиникадан тегін кеңес",
        "Қосымшаның ережелерін қарапайым тілмен түсіндіру",
        "Мысалдар мен нақты жағдайлар көбірек болса",
    ],
    "ru": [
        "Понятные правила приложения, без мелкого шрифта",
        "Возможность удалить свои данные одной кнопкой",
        "Горячая линия, где объяснят права",
        "Больше примеров из судебной практики",
        "Чтобы сервис честно писал, что ответ дал ИИ, а не юрист",
        "Курс о персональных данных в университете",
        "Проверка ответов ИИ живым юристом",
    ],
    "en": [
        "Clear terms of use in plain language",
        "A simple way to see and delete my data",
        "Knowing who to complain to",
        "Examples of real cases",
        "A label that says an answer comes from AI",
    ],
}

#: Answers in which a participant left contact details despite the instruction (the export's
#: free-text scrubbing should remove them). Each is given by exactly one demo respondent.
FREE_TEXT_WITH_CONTACTS = [
    ("kk", "Кеңес керек, маған +7 701 555 12 34 нөміріне хабарласыңыз"),
    ("ru", "Напишите мне на aigerim.demo@example.kz, хочу участвовать в интервью"),
    ("ru", "Мой телефон 8 (747) 555-00-17, позвоните, пожалуйста"),
]
