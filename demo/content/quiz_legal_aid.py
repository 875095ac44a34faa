"""Demo assessment data for the course "Free legal aid and access to justice" (legal_aid.py).

Format: demo/content/QUIZ_FORMAT.md. Kazakh (kk) is the source text; Russian (ru) and English (en)
say the same thing. Facts come from the course lessons and shared/DOMAIN.md; articles are the ones
the course itself cites. The wording is our own.
"""

_TRUE = {"kk": "Дұрыс", "ru": "Верно", "en": "True"}
_FALSE = {"kk": "Бұрыс", "ru": "Неверно", "en": "False"}

_CONSTITUTION_13_3 = {"kk": "13-бап, 3-тармақ", "ru": "Статья 13, пункт 3", "en": "Article 13(3)"}
_ICCPR_14_3_D = {
    "kk": "14-бап, 3-тармақ, d) тармақшасы",
    "ru": "Статья 14, пункт 3, подпункт d)",
    "en": "Article 14(3)(d)",
}
_LAW_14 = {"kk": "14-бап", "ru": "Статья 14", "en": "Article 14"}
_LAW_24 = {"kk": "24-бап", "ru": "Статья 24", "en": "Article 24"}
_LAW_26 = {"kk": "26-бап", "ru": "Статья 26", "en": "Article 26"}
_PERSONAL_DATA_1 = {"kk": "1-бап", "ru": "Статья 1", "en": "Article 1"}

SCENARIOS = [
    {
        "key": "la-case-unpaid-wages",
        "title": {
            "kk": "Қостанай облысындағы ауыл тұрғынының жалақысы",
            "ru": "Зарплата сельского жителя из Костанайской области",
            "en": "A villager's wages in Kostanay region",
        },
        "situation": {
            "kk": "Қостанай облысындағы ауылда тұратын Нұрлан шаруа қожалығында жұмыс істеді, бірақ "
            "қожалық иесі оған соңғы екі айдың жалақысын төлемеді. Нұрлан сотқа жүгінгісі келеді, "
            "алайда ақылы адвокатқа қаражаты жоқ және тегін көмекке құқығы бар-жоғын білмейді. "
            "Көршісі оған: «Тегін заңгер тек зейнеткерлерге беріледі», – деді.",
            "ru": "Нурлан живёт в селе в Костанайской области и работал в крестьянском хозяйстве, но "
            "хозяин не выплатил ему зарплату за последние два месяца. Нурлан хочет обратиться в суд, "
            "однако денег на платного адвоката у него нет, и он не знает, положена ли ему бесплатная "
            "помощь. Сосед сказал ему: «Бесплатного юриста дают только пенсионерам».",
            "en": "Nurlan lives in a village in Kostanay region and worked on a farm, but the owner did not "
            "pay him for the last two months. Nurlan wants to go to court, but he cannot afford a "
            "private advocate and does not know whether he is entitled to free help. His neighbour "
            "told him: “Free lawyers are only for pensioners.”",
        },
    },
]

ITEMS = [
    # -----------------------------------------------------------------------
    # Pre/post pool: legal-aid.rights
    # -----------------------------------------------------------------------
    {
        "key": "la-01",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.rights"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Конституцияның 13-бабының 3-тармағы бойынша білікті заң көмегін алуға кім құқылы?",
            "ru": "Кто, согласно пункту 3 статьи 13 Конституции, имеет право на получение "
            "квалифицированной юридической помощи?",
            "en": "Under Article 13(3) of the Constitution, who has the right to receive qualified legal assistance?",
        },
        "options": [
            {
                "text": {"kk": "Әркім", "ru": "Каждый", "en": "Everyone"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: Конституция бұл құқыққа табысына, жасына не жағдайына қарамастан "
                    "әркімге кепілдік береді.",
                    "ru": "Верно: Конституция гарантирует это право каждому, независимо от дохода, "
                    "возраста или положения.",
                    "en": "Correct: the Constitution guarantees this right to everyone, whatever their "
                    "income, age or situation.",
                },
            },
            {
                "text": {
                    "kk": "Тек табысы аз адамдар",
                    "ru": "Только люди с низким доходом",
                    "en": "Only people on a low income",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: табыс көмектің тегін болуына әсер етуі мүмкін, бірақ заң көмегін алу "
                    "құқығы әркімге тиесілі.",
                    "ru": "Неверно: доход может влиять на то, будет ли помощь бесплатной, но само право "
                    "на юридическую помощь есть у каждого.",
                    "en": "Wrong: income may affect whether the help is free, but the right to legal "
                    "assistance itself belongs to everyone.",
                },
            },
            {
                "text": {
                    "kk": "Тек қылмыстық іс бойынша айып тағылған адамдар",
                    "ru": "Только люди, которым предъявлено уголовное обвинение",
                    "en": "Only people charged with a criminal offence",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қылмыстық айып туралы халықаралық пакт айтады, ал Конституциядағы "
                    "құқық кез келген іске және кез келген адамға қатысты.",
                    "ru": "Неверно: об уголовном обвинении говорит международный пакт, а право по "
                    "Конституции касается любого человека и любого дела.",
                    "en": "Wrong: the international covenant speaks of criminal charges, while the "
                    "constitutional right covers any person and any matter.",
                },
            },
            {
                "text": {
                    "kk": "Тек адвокатпен шарт жасасқан адамдар",
                    "ru": "Только те, кто заключил договор с адвокатом",
                    "en": "Only people who have signed a contract with an advocate",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқық шартқа байланысты емес, ол Конституцияда әркімге бекітілген.",
                    "ru": "Неверно: право не зависит от договора, Конституция закрепляет его за каждым.",
                    "en": "Wrong: the right does not depend on a contract; the Constitution gives it to everyone.",
                },
            },
        ],
        "explanation": {
            "kk": "Конституцияның 13-бабының 3-тармағы: әркім білікті заң көмегін алуға құқылы. Заң тек "
            "көмектің қай жағдайда тегін болатынын шектейді, құқықтың өзін емес.",
            "ru": "Пункт 3 статьи 13 Конституции: каждый имеет право на квалифицированную юридическую "
            "помощь. Закон ограничивает лишь то, когда помощь бесплатна, но не само право.",
            "en": "Article 13(3) of the Constitution: everyone has the right to qualified legal "
            "assistance. The law only limits when the help is free, not the right itself.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-02",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.rights"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Шымкенттегі кәсіпкер Ербол жақсы табыс табады. Конституция бойынша оның білікті заң "
            "көмегін алуға құқығы бар ма?",
            "ru": "Ербол, предприниматель из Шымкента, хорошо зарабатывает. Есть ли у него по "
            "Конституции право на квалифицированную юридическую помощь?",
            "en": "Yerbol, a business owner in Shymkent, earns well. Does he have a constitutional right "
            "to qualified legal assistance?",
        },
        "options": [
            {
                "text": {
                    "kk": "Иә, бұл құқық әркімге кепілдендірілген",
                    "ru": "Да, это право гарантировано каждому",
                    "en": "Yes, this right is guaranteed to everyone",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: Ербол да құқылы, тек көмекке өзі ақы төлеуі мүмкін.",
                    "ru": "Верно: у Ербола это право тоже есть, просто платить за помощь, скорее всего, "
                    "придётся ему самому.",
                    "en": "Correct: Yerbol has the right too; he will probably just pay for the help himself.",
                },
            },
            {
                "text": {
                    "kk": "Жоқ, бұл құқық тек қаражаты жетпейтін адамдарға берілген",
                    "ru": "Нет, это право есть только у тех, кому не хватает средств",
                    "en": "No, only people who lack the means have this right",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қаражат тек көмектің тегін болу-болмауына қатысты, құқықтың өзі әркімде бар.",
                    "ru": "Неверно: средства влияют лишь на то, бесплатна ли помощь, а само право есть у каждого.",
                    "en": "Wrong: means only matter for whether the help is free; the right itself "
                    "belongs to everyone.",
                },
            },
            {
                "text": {
                    "kk": "Тек оған қарсы сотта іс қозғалғаннан кейін ғана",
                    "ru": "Только после того, как против него начато дело в суде",
                    "en": "Only once a court case has been brought against him",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң көмегін сотқа дейін де, мысалы, кеңес алу үшін, сұрауға болады.",
                    "ru": "Неверно: за юридической помощью можно обратиться и до суда, например за консультацией.",
                    "en": "Wrong: you can seek legal assistance before any court case, for example for advice.",
                },
            },
            {
                "text": {
                    "kk": "Жоқ, кәсіпкерлерге тек заңды тұлға ретінде көмек беріледі",
                    "ru": "Нет, предпринимателям помощь оказывается только как юридическим лицам",
                    "en": "No, business owners get help only as legal entities",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: Конституция «әркім» дейді, сондықтан Ербол жеке адам ретінде де құқылы.",
                    "ru": "Неверно: Конституция говорит «каждый», поэтому Ербол имеет это право и как частное лицо.",
                    "en": "Wrong: the Constitution says “everyone”, so Yerbol has the right as a private person too.",
                },
            },
        ],
        "explanation": {
            "kk": "Білікті заң көмегін алу құқығы әркімге тиесілі. Табыс жоғары болса, көмек тегін "
            "болмауы мүмкін, бірақ құқық сақталады.",
            "ru": "Право на квалифицированную юридическую помощь есть у каждого. При высоком доходе "
            "помощь может быть платной, но право сохраняется.",
            "en": "Everyone has the right to qualified legal assistance. With a high income the help "
            "may not be free, but the right remains.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-03",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["legal-aid.rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Конституция бойынша білікті заң көмегі әркімге барлық жағдайда тегін көрсетіледі.",
            "ru": "По Конституции квалифицированная юридическая помощь оказывается каждому бесплатно во всех случаях.",
            "en": "Under the Constitution, qualified legal assistance is free for everyone in every case.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: Конституция көмек тек заңда көзделген жағдайларда ғана тегін дейді.",
                    "ru": "Неверно: Конституция говорит, что помощь бесплатна только в случаях, "
                    "предусмотренных законом.",
                    "en": "Wrong: the Constitution says the help is free only in the cases provided for by law.",
                },
            },
            {
                "text": _FALSE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: құқық әркімде бар, ал тегін көмек тек заңда көзделген жағдайларда беріледі.",
                    "ru": "Верно: право есть у каждого, а бесплатной помощь бывает только в случаях, "
                    "предусмотренных законом.",
                    "en": "Correct: everyone has the right, but the help is free only in the cases "
                    "provided for by law.",
                },
            },
        ],
        "explanation": {
            "kk": "13-баптың 3-тармағы екі нәрсені айтады: әркім заң көмегін алуға құқылы, ал заңда "
            "көзделген жағдайларда бұл көмек тегін.",
            "ru": "Пункт 3 статьи 13 говорит о двух вещах: каждый имеет право на юридическую помощь, а "
            "в случаях, предусмотренных законом, она бесплатна.",
            "en": "Article 13(3) says two things: everyone has the right to legal assistance, and in "
            "the cases provided for by law it is free.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-04",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["legal-aid.rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Конституция бойынша заң көмегі заңда көзделген жағдайларда ғана тегін болады, ал "
            "басқа жағдайларда оған ақы төленуі мүмкін.",
            "ru": "По Конституции юридическая помощь бесплатна только в случаях, предусмотренных "
            "законом, а в остальных случаях она может быть платной.",
            "en": "Under the Constitution, legal assistance is free only in the cases provided for by "
            "law, and in other cases it may have to be paid for.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: тегін көмек алатын адамдар мен жағдайларды заң анықтайды.",
                    "ru": "Верно: кто и в каких случаях получает помощь бесплатно, определяет закон.",
                    "en": "Correct: the law decides who gets free help and in which cases.",
                },
            },
            {
                "text": _FALSE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: Конституция көмекті барлық жағдайда тегін демейді, тек заңда "
                    "көзделген жағдайларда ғана.",
                    "ru": "Неверно: Конституция не обещает бесплатную помощь во всех случаях, только в "
                    "предусмотренных законом.",
                    "en": "Wrong: the Constitution does not promise free help in every case, only in "
                    "those provided for by law.",
                },
            },
        ],
        "explanation": {
            "kk": "Заң көмегін алу құқығы әркімге кепілдендірілген, ал оның тегін болатын жағдайларын "
            "«Адвокаттық қызмет және заң көмегі туралы» Заң белгілейді.",
            "ru": "Право на юридическую помощь гарантировано каждому, а случаи, когда она бесплатна, "
            "устанавливает Закон «Об адвокатской деятельности и юридической помощи».",
            "en": "The right to legal assistance is guaranteed to everyone, and the Law on Advocacy and "
            "Legal Aid sets out when it is free.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: legal-aid.eligibility
    # -----------------------------------------------------------------------
    {
        "key": "la-05",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["legal-aid.eligibility", "legal-aid.rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Азаматтық істер бойынша мемлекет кепілдік берген тегін заң көмегі қандай түрлерде "
            "көрсетіледі? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "В каких видах оказывается гарантированная государством бесплатная юридическая помощь "
            "по гражданским делам? Выберите все верные ответы.",
            "en": "In what forms is state-guaranteed free legal aid given in civil matters? Choose all "
            "correct answers.",
        },
        "options": [
            {
                "text": {
                    "kk": "Құқықтық кеңес беру: ауызша не жазбаша түсіндірме және құжат жасауға көмек",
                    "ru": "Правовое консультирование: устное или письменное разъяснение и помощь в "
                    "составлении документов",
                    "en": "Legal consultation: an oral or written explanation and help with drafting documents",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл тегін көмектің бірінші түрі.",
                    "ru": "Верно: это первый вид бесплатной помощи.",
                    "en": "Correct: this is the first form of free help.",
                },
            },
            {
                "text": {
                    "kk": "Сотта, мемлекеттік органдарда және ұйымдарда өкілдік ету",
                    "ru": "Представительство в суде, государственных органах и организациях",
                    "en": "Representation in court and before state bodies and organisations",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл екінші түрі, бірақ ол заңда аталған санаттардың бәріне бірдей берілмейді.",
                    "ru": "Верно: это второй вид, но положен он не всем категориям, названным в законе.",
                    "en": "Correct: this is the second form, though not every category named in the law "
                    "is entitled to it.",
                },
            },
            {
                "text": {
                    "kk": "Мемлекеттің адамның қарызын оның орнына төлеуі",
                    "ru": "Погашение государством долга человека вместо него",
                    "en": "The state paying off the person's debt for them",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң көмегі – кәсіби кеңес пен өкілдік, қаржылық көмек емес.",
                    "ru": "Неверно: юридическая помощь — это профессиональная консультация и "
                    "представительство, а не финансовая поддержка.",
                    "en": "Wrong: legal aid means professional advice and representation, not financial support.",
                },
            },
            {
                "text": {
                    "kk": "Соттағы жеңіске кепілдік беру",
                    "ru": "Гарантия победы в суде",
                    "en": "A guarantee of winning in court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ешбір заңгер, тіпті тегін көмек көрсетсе де, істің нәтижесіне кепілдік бере алмайды.",
                    "ru": "Неверно: ни один юрист, даже оказывающий бесплатную помощь, не может "
                    "гарантировать исход дела.",
                    "en": "Wrong: no lawyer, free or paid, can guarantee the outcome of a case.",
                },
            },
            {
                "text": {
                    "kk": "Ақшалай жәрдемақы төлеу",
                    "ru": "Выплата денежного пособия",
                    "en": "Paying a cash allowance",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: жәрдемақы – әлеуметтік төлем, ол заң көмегінің түріне жатпайды.",
                    "ru": "Неверно: пособие — социальная выплата, а не вид юридической помощи.",
                    "en": "Wrong: an allowance is a social payment, not a form of legal aid.",
                },
            },
        ],
        "explanation": {
            "kk": "Азаматтық істерде мемлекет кепілдік берген тегін көмектің екі түрі бар: құқықтық "
            "кеңес беру және сотта, мемлекеттік органдар мен ұйымдарда өкілдік ету.",
            "ru": "По гражданским делам гарантированная государством бесплатная помощь бывает двух "
            "видов: правовое консультирование и представительство в суде, государственных органах и "
            "организациях.",
            "en": "In civil matters, state-guaranteed free aid takes two forms: legal consultation, and "
            "representation in court and before state bodies and organisations.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_14,
    },
    {
        "key": "la-06",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["legal-aid.eligibility", "legal-aid.rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Павлодарлық Сәуле азаматтық дау бойынша мемлекет кепілдік берген тегін заң көмегіне "
            "жүгінді. Бұл көмектің құрамына не кіруі мүмкін? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Сауле из Павлодара обратилась за гарантированной государством бесплатной "
            "юридической помощью по гражданскому спору. Что может входить в эту помощь? Выберите все "
            "верные ответы.",
            "en": "Saule from Pavlodar has asked for state-guaranteed free legal aid in a civil dispute. "
            "What can this help include? Choose all correct answers.",
        },
        "options": [
            {
                "text": {
                    "kk": "Оның жағдайы бойынша жазбаша түсіндірме беру",
                    "ru": "Письменное разъяснение по её ситуации",
                    "en": "A written explanation of her situation",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ауызша не жазбаша түсіндірме – құқықтық кеңес берудің бір бөлігі.",
                    "ru": "Верно: устное или письменное разъяснение входит в правовое консультирование.",
                    "en": "Correct: an oral or written explanation is part of legal consultation.",
                },
            },
            {
                "text": {
                    "kk": "Шағым немесе өтініш жазуға көмектесу",
                    "ru": "Помощь в составлении жалобы или заявления",
                    "en": "Help with drafting a complaint or application",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: құжат жасауға көмек те құқықтық кеңес беруге кіреді.",
                    "ru": "Верно: помощь в составлении документов тоже входит в правовое консультирование.",
                    "en": "Correct: help with drafting documents is also part of legal consultation.",
                },
            },
            {
                "text": {
                    "kk": "Заңда аталған санатқа жатса, сотта оның мүддесін білдіру",
                    "ru": "Представление её интересов в суде, если она относится к категории, названной в законе",
                    "en": "Representing her in court, if she falls into a category named in the law",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: өкілдік ету – тегін көмектің екінші түрі, ол заңда аталған санаттарға беріледі.",
                    "ru": "Верно: представительство — второй вид бесплатной помощи, он положен "
                    "категориям, названным в законе.",
                    "en": "Correct: representation is the second form of free help, given to the "
                    "categories named in the law.",
                },
            },
            {
                "text": {
                    "kk": "Сот шешімі оның пайдасына шығатынына кепілдік беру",
                    "ru": "Гарантия того, что суд решит дело в её пользу",
                    "en": "A guarantee that the court will rule in her favour",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: істің нәтижесін сот шешеді, заңгер оған кепілдік бере алмайды.",
                    "ru": "Неверно: исход дела решает суд, юрист не может его гарантировать.",
                    "en": "Wrong: the court decides the outcome, and a lawyer cannot guarantee it.",
                },
            },
            {
                "text": {
                    "kk": "Дауласып жатқан тараптың орнына оған өтемақы төлеу",
                    "ru": "Выплата ей компенсации вместо другой стороны спора",
                    "en": "Paying her compensation instead of the other side",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң көмегі ақша төлеуді емес, кеңес пен өкілдікті білдіреді.",
                    "ru": "Неверно: юридическая помощь — это консультация и представительство, а не выплата денег.",
                    "en": "Wrong: legal aid means advice and representation, not paying money.",
                },
            },
        ],
        "explanation": {
            "kk": "Құқықтық кеңес беру ауызша не жазбаша түсіндірме мен құжат жасауға көмекті қамтиды, "
            "ал өкілдік ету заңда аталған санаттарға сотта және мемлекеттік органдарда беріледі.",
            "ru": "Правовое консультирование включает устное или письменное разъяснение и помощь с "
            "документами, а представительство в суде и госорганах положено категориям, названным в "
            "законе.",
            "en": "Legal consultation covers an oral or written explanation and help with documents, "
            "while representation in court and before state bodies is for the categories named in the "
            "law.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_14,
    },
    {
        "key": "la-07",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.eligibility"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Ақтөбедегі шағын дүкеннің иесі – жауапкершілігі шектеулі серіктестік, яғни заңды "
            "тұлға. Ол мемлекет кепілдік берген құқықтық ақпаратты тегін ала ала ма?",
            "ru": "Небольшим магазином в Актобе владеет товарищество с ограниченной ответственностью, "
            "то есть юридическое лицо. Может ли оно бесплатно получить гарантированную государством "
            "правовую информацию?",
            "en": "A small shop in Aktobe is owned by a limited liability partnership, that is, a legal "
            "entity. Can it get state-guaranteed legal information free of charge?",
        },
        "options": [
            {
                "text": {
                    "kk": "Иә, құқықтық ақпарат жеке тұлғаларға да, заңды тұлғаларға да тегін беріледі",
                    "ru": "Да, правовая информация бесплатна и для физических, и для юридических лиц",
                    "en": "Yes, legal information is free for both individuals and legal entities",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: Заңның 26-бабы заңды тұлғаларды да қамтиды.",
                    "ru": "Верно: статья 26 Закона распространяется и на юридических лиц.",
                    "en": "Correct: Article 26 of the Law covers legal entities too.",
                },
            },
            {
                "text": {
                    "kk": "Жоқ, тегін көмек тек жеке тұлғаларға беріледі",
                    "ru": "Нет, бесплатная помощь оказывается только физическим лицам",
                    "en": "No, free help is only for individuals",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқықтық ақпарат түріндегі көмек заңды тұлғаларға да тегін.",
                    "ru": "Неверно: помощь в виде правовой информации бесплатна и для юридических лиц.",
                    "en": "Wrong: help in the form of legal information is free for legal entities too.",
                },
            },
            {
                "text": {
                    "kk": "Тек серіктестіктің құрылтайшысы зейнеткер болса",
                    "ru": "Только если учредитель товарищества — пенсионер",
                    "en": "Only if the partnership's founder is a pensioner",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқықтық ақпарат алу үшін ешқандай санатқа жату талап етілмейді.",
                    "ru": "Неверно: чтобы получить правовую информацию, не нужно относиться к какой-либо категории.",
                    "en": "Wrong: you do not need to belong to any category to get legal information.",
                },
            },
            {
                "text": {
                    "kk": "Тек сот ісі басталғаннан кейін ғана",
                    "ru": "Только после начала судебного дела",
                    "en": "Only after a court case has started",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқықтық ақпаратты кез келген уақытта, сотқа дейін де сұрауға болады.",
                    "ru": "Неверно: правовую информацию можно запросить в любое время, в том числе до суда.",
                    "en": "Wrong: legal information can be requested at any time, including before any court case.",
                },
            },
        ],
        "explanation": {
            "kk": "Заңның 26-бабы бойынша құқықтық ақпарат беру түріндегі мемлекет кепілдік берген заң "
            "көмегі жеке тұлғаларға да, заңды тұлғаларға да тегін.",
            "ru": "По статье 26 Закона гарантированная государством помощь в виде правовой информации "
            "бесплатна и для физических, и для юридических лиц.",
            "en": "Under Article 26 of the Law, state-guaranteed aid in the form of legal information "
            "is free for both individuals and legal entities.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_26,
    },
    {
        "key": "la-08",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.eligibility"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Ақмарал заңда тегін кеңес пен өкілдікке құқығы бар деп аталған санаттардың "
            "ешқайсысына жатпайды. Ол мемлекет кепілдік берген қандай көмекті бәрібір тегін ала алады?",
            "ru": "Акмарал не относится ни к одной из категорий, которым закон даёт право на бесплатную "
            "консультацию и представительство. Какую гарантированную государством помощь она всё равно "
            "может получить бесплатно?",
            "en": "Akmaral does not belong to any of the categories that the law entitles to free "
            "consultation and representation. What state-guaranteed help can she still get free of "
            "charge?",
        },
        "options": [
            {
                "text": {
                    "kk": "Құқықтық ақпарат: жағдайына қай заң қолданылатыны және қайда жүгіну керегі "
                    "туралы жалпы түсіндірме",
                    "ru": "Правовую информацию: общее разъяснение, какой закон применяется к её "
                    "ситуации и куда обращаться",
                    "en": "Legal information: a general explanation of which law applies to her "
                    "situation and where to turn",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: құқықтық ақпарат санатқа қарамастан бәріне тегін.",
                    "ru": "Верно: правовая информация бесплатна для всех, независимо от категории.",
                    "en": "Correct: legal information is free for everyone, whatever their category.",
                },
            },
            {
                "text": {
                    "kk": "Сотта тегін өкілдік",
                    "ru": "Бесплатное представительство в суде",
                    "en": "Free representation in court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сотта тегін өкілдік тек заңда аталған санаттарға беріледі.",
                    "ru": "Неверно: бесплатное представительство в суде положено только категориям, "
                    "названным в законе.",
                    "en": "Wrong: free representation in court is only for the categories named in the law.",
                },
            },
            {
                "text": {
                    "kk": "Ешқандай тегін көмек ала алмайды",
                    "ru": "Никакой бесплатной помощи она получить не может",
                    "en": "She cannot get any free help at all",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: санатқа жатпаса да, құқықтық ақпаратты тегін алуға болады.",
                    "ru": "Неверно: даже вне категорий правовую информацию можно получить бесплатно.",
                    "en": "Wrong: even outside the categories, legal information is free.",
                },
            },
            {
                "text": {
                    "kk": "Тегін құқықтық кеңес және құжат жасауға көмек",
                    "ru": "Бесплатную правовую консультацию и помощь в составлении документов",
                    "en": "A free legal consultation and help with drafting documents",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тегін кеңес те заңда аталған санаттарға ғана беріледі, ал Ақмарал оларға жатпайды.",
                    "ru": "Неверно: бесплатная консультация тоже положена только категориям из закона, "
                    "а Акмарал к ним не относится.",
                    "en": "Wrong: free consultation is also only for the categories named in the law, "
                    "and Akmaral is not in them.",
                },
            },
        ],
        "explanation": {
            "kk": "Заңның 26-бабы бойынша құқықтық ақпарат беру түріндегі көмек бәріне тегін, ал кеңес "
            "пен өкілдікке құқық заңда аталған санаттарға ғана берілген.",
            "ru": "По статье 26 Закона помощь в виде правовой информации бесплатна для всех, а право на "
            "консультацию и представительство есть только у категорий, названных в законе.",
            "en": "Under Article 26 of the Law, help in the form of legal information is free for "
            "everyone, while consultation and representation are for the categories named in the law.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_26,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: legal-aid.access-channels
    # -----------------------------------------------------------------------
    {
        "key": "la-09",
        "pool": "prepost",
        "kind": "matching",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Тегін заң көмегінің мемлекеттік арнасын оның сипаттамасымен сәйкестендіріңіз.",
            "ru": "Сопоставьте государственный канал бесплатной юридической помощи с его описанием.",
            "en": "Match each state channel of free legal aid with its description.",
        },
        "pairs": [
            {
                "left": {"kk": "«Е-Заң көмегі»", "ru": "«Е-Заң көмегі» (E-Zan komegi)", "en": "E-Zan komegi"},
                "right": {
                    "kk": "Әділет министрлігі порталындағы (eup.adilet.gov.kz) онлайн жүйе",
                    "ru": "Онлайн-система на портале Министерства юстиции (eup.adilet.gov.kz)",
                    "en": "An online system on the Ministry of Justice portal (eup.adilet.gov.kz)",
                },
            },
            {
                "left": {"kk": "«Zan komegi»", "ru": "«Zan komegi»", "en": "Zan komegi"},
                "right": {
                    "kk": "Play Market немесе App Store дүкенінен жүктелетін мобильдік қосымша",
                    "ru": "Мобильное приложение, которое скачивают в Play Market или App Store",
                    "en": "A mobile app downloaded from Play Market or the App Store",
                },
            },
            {
                "left": {"kk": "1414", "ru": "1414", "en": "1414"},
                "right": {
                    "kk": "Кеңес алуға өтініш қабылдайтын бірыңғай байланыс орталығы",
                    "ru": "Единый контакт-центр, который принимает запросы на консультацию",
                    "en": "A single contact centre that takes requests for consultations",
                },
            },
        ],
        "explanation": {
            "kk": "Тегін заң көмегін үш мемлекеттік арна арқылы сұрауға болады: «Е-Заң көмегі» онлайн "
            "жүйесі, «Zan komegi» мобильдік қосымшасы және 1414 бірыңғай байланыс орталығы.",
            "ru": "Запросить бесплатную юридическую помощь можно по трём государственным каналам: "
            "онлайн-система «Е-Заң көмегі», мобильное приложение «Zan komegi» и единый контакт-центр "
            "1414.",
            "en": "You can request free legal aid through three state channels: the E-Zan komegi online "
            "system, the Zan komegi mobile app and the 1414 single contact centre.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_24,
    },
    {
        "key": "la-10",
        "pool": "prepost",
        "kind": "matching",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Әр жағдайға тегін заң көмегін сұраудың ең лайықты мемлекеттік арнасын сәйкестендіріңіз.",
            "ru": "Сопоставьте каждую ситуацию с подходящим государственным каналом, через который "
            "можно запросить бесплатную юридическую помощь.",
            "en": "Match each situation with the state channel best suited to requesting free legal aid.",
        },
        "pairs": [
            {
                "left": {
                    "kk": "Сіз телефонмен қоңырау шалып, өтініш қалдырғыңыз келеді",
                    "ru": "Вы хотите позвонить по телефону и оставить заявку",
                    "en": "You want to phone and leave a request",
                },
                "right": {
                    "kk": "1414 бірыңғай байланыс орталығы",
                    "ru": "Единый контакт-центр 1414",
                    "en": "The 1414 single contact centre",
                },
            },
            {
                "left": {
                    "kk": "Сіз смартфонға қосымша орнатып, сол арқылы кеңес сұрағыңыз келеді",
                    "ru": "Вы хотите установить приложение на смартфон и запросить консультацию через него",
                    "en": "You want to install an app on your smartphone and request advice through it",
                },
                "right": {
                    "kk": "«Zan komegi» мобильдік қосымшасы",
                    "ru": "Мобильное приложение «Zan komegi»",
                    "en": "The Zan komegi mobile app",
                },
            },
            {
                "left": {
                    "kk": "Сіз компьютерден Әділет министрлігінің порталына кіріп, өтініш бергіңіз келеді",
                    "ru": "Вы хотите с компьютера зайти на портал Министерства юстиции и подать заявку",
                    "en": "You want to go to the Ministry of Justice portal on a computer and apply",
                },
                "right": {
                    "kk": "«Е-Заң көмегі» онлайн жүйесі (eup.adilet.gov.kz)",
                    "ru": "Онлайн-система «Е-Заң көмегі» (eup.adilet.gov.kz)",
                    "en": "The E-Zan komegi online system (eup.adilet.gov.kz)",
                },
            },
        ],
        "explanation": {
            "kk": "Телефон арқылы – 1414, смартфоннан – «Zan komegi» қосымшасы, ал Әділет министрлігінің "
            "порталы арқылы – «Е-Заң көмегі» жүйесі.",
            "ru": "По телефону — 1414, со смартфона — приложение «Zan komegi», а через портал "
            "Министерства юстиции — система «Е-Заң көмегі».",
            "en": "By phone, 1414; from a smartphone, the Zan komegi app; through the Ministry of Justice "
            "portal, the E-Zan komegi system.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_24,
    },
    {
        "key": "la-11",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Оралдағы зейнеткер Роза апай 1414 арқылы мемлекет кепілдік берген кеңеске өтініш "
            "берді. Хабарласқан заңгер кеңес тегін екенін айтты, бірақ «алғыс» ретінде 5 000 теңге "
            "аударуды сұрады. Роза апайдың не істегені дұрыс?",
            "ru": "Роза-апай, пенсионерка из Уральска, через 1414 подала заявку на гарантированную "
            "государством консультацию. Перезвонивший юрист сказал, что консультация бесплатная, но "
            "попросил перевести 5 000 тенге в качестве «благодарности». Как правильно поступить "
            "Розе-апай?",
            "en": "Roza-apai, a pensioner in Oral, applied through 1414 for a state-guaranteed "
            "consultation. The lawyer who called back said the consultation was free but asked her to "
            "transfer 5,000 tenge as a “thank-you”. What should Roza-apai do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Төлемеу, заңгердің аты-жөнін, күнін және айтқанын жазып алып, бұл туралы хабарлау",
                    "ru": "Не платить, записать имя юриста, дату и сказанное и сообщить об этом",
                    "en": "Not pay, write down the lawyer's name, the date and what was said, and report it",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: мемлекет кепілдік берген көмек ол үшін тегін, ал ақша талап ету "
                    "шағымға негіз болады.",
                    "ru": "Верно: гарантированная государством помощь для неё бесплатна, а требование "
                    "денег — повод для жалобы.",
                    "en": "Correct: state-guaranteed help is free for her, and a demand for money is "
                    "grounds for a complaint.",
                },
            },
            {
                "text": {
                    "kk": "Төлеу, өйткені «алғыс» ақы болып саналмайды",
                    "ru": "Заплатить, ведь «благодарность» — это не оплата",
                    "en": "Pay, because a “thank-you” does not count as a fee",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: «алғыс» деп аталса да, бұл тегін көмек үшін сұралған ақша.",
                    "ru": "Неверно: как бы это ни называлось, это деньги, которые просят за бесплатную помощь.",
                    "en": "Wrong: whatever it is called, it is money asked for free help.",
                },
            },
            {
                "text": {
                    "kk": "Төлеп, заңгерден түбіртек сұрау",
                    "ru": "Заплатить и попросить у юриста квитанцию",
                    "en": "Pay and ask the lawyer for a receipt",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: түбіртек талапты заңды етпейді, мемлекет кепілдік берген көмек үшін төлемеу керек.",
                    "ru": "Неверно: квитанция не делает требование законным, за гарантированную "
                    "государством помощь платить не нужно.",
                    "en": "Wrong: a receipt does not make the demand lawful; you should not pay for "
                    "state-guaranteed help.",
                },
            },
            {
                "text": {
                    "kk": "Ешкімге айтпай, өтінішін қайтарып алу",
                    "ru": "Никому не говорить и отозвать заявку",
                    "en": "Tell no one and withdraw her request",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ол тегін көмектен бас тартпауға тиіс, ал заң бұзушылық туралы хабарлаған жөн.",
                    "ru": "Неверно: ей не нужно отказываться от бесплатной помощи, а о нарушении лучше сообщить.",
                    "en": "Wrong: she need not give up free help, and the violation should be reported.",
                },
            },
        ],
        "explanation": {
            "kk": "Мемлекет кепілдік берген заң көмегі оны алатын адам үшін тегін. Ақы, «алғыс» не "
            "«құжат жазу ақысын» төлемей, деректерді жазып алып, кері байланыс арнасына, Әділет "
            "министрлігіне немесе заңгердің алқасына не палатасына хабарлау керек.",
            "ru": "Гарантированная государством юридическая помощь бесплатна для того, кто её "
            "получает. Не платите ни оплату, ни «благодарность», ни «плату за документ»: запишите "
            "данные и сообщите через обратную связь, в Министерство юстиции, в коллегию или палату "
            "юриста.",
            "en": "State-guaranteed legal aid is free for the person who receives it. Do not pay a fee, "
            "a “thank-you” or a “drafting fee”: note the details and report it through the feedback "
            "channel, to the Ministry of Justice, or to the lawyer's bar association or chamber.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_14,
    },
    {
        "key": "la-12",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Семейлік Дәурен «Zan komegi» қосымшасы арқылы мемлекет кепілдік берген кеңес алып "
            "жатыр. Заңгер шағымның жобасын жазып беретінін, бірақ «құжат жазу ақысы» 15 000 теңге "
            "болатынын айтты. Дәурен не істегені дұрыс?",
            "ru": "Даурен из Семея получает гарантированную государством консультацию через приложение "
            "«Zan komegi». Юрист говорит, что составит проект жалобы, но «плата за составление "
            "документа» — 15 000 тенге. Как правильно поступить Даурену?",
            "en": "Dauren from Semey is getting a state-guaranteed consultation through the Zan komegi "
            "app. The lawyer says he will draft the complaint, but the “drafting fee” is 15,000 tenge. "
            "What should Dauren do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Төлемеу: құжат жасауға көмек – тегін құқықтық кеңестің бөлігі; деректерді "
                    "жазып алып, хабарлау",
                    "ru": "Не платить: помощь с документом входит в бесплатную консультацию; записать "
                    "данные и сообщить",
                    "en": "Not pay: help with a document is part of the free consultation; note the "
                    "details and report it",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: шағым жазуға көмек тегін кеңестің құрамына кіреді, сондықтан оған "
                    "ақы сұрауға болмайды.",
                    "ru": "Верно: помощь в составлении жалобы входит в бесплатную консультацию, поэтому "
                    "требовать за неё деньги нельзя.",
                    "en": "Correct: help drafting a complaint is part of the free consultation, so "
                    "asking money for it is not allowed.",
                },
            },
            {
                "text": {
                    "kk": "Төлеу, өйткені тек ауызша кеңес тегін болады",
                    "ru": "Заплатить, потому что бесплатна только устная консультация",
                    "en": "Pay, because only oral advice is free",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқықтық кеңес беру шағым мен өтініш жазуға көмекті де қамтиды.",
                    "ru": "Неверно: правовое консультирование включает и помощь в составлении жалоб и заявлений.",
                    "en": "Wrong: legal consultation also covers help drafting complaints and applications.",
                },
            },
            {
                "text": {
                    "kk": "Ақшаны қолма-қол беру, сонда ешқандай мәселе болмайды",
                    "ru": "Отдать деньги наличными, тогда проблем не будет",
                    "en": "Pay in cash so there will be no trouble",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: төлем тәсілі маңызды емес, тегін көмек үшін ақша бермеу керек.",
                    "ru": "Неверно: способ оплаты не важен, за бесплатную помощь платить не нужно.",
                    "en": "Wrong: the way of paying does not matter; you should not pay for free help.",
                },
            },
            {
                "text": {
                    "kk": "Өтінішті жауып, шағымды ешкімнің көмегінсіз жазу",
                    "ru": "Закрыть заявку и писать жалобу самому, без чьей-либо помощи",
                    "en": "Close the request and write the complaint alone, with no help",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: Дәурен тегін көмекке құқылы, одан бас тартпай, заң бұзушылық туралы "
                    "хабарлағаны дұрыс.",
                    "ru": "Неверно: Даурен имеет право на бесплатную помощь, и лучше не отказываться от "
                    "неё, а сообщить о нарушении.",
                    "en": "Wrong: Dauren is entitled to free help; rather than give it up, he should "
                    "report the violation.",
                },
            },
        ],
        "explanation": {
            "kk": "Мемлекет кепілдік берген кеңес беру құжат жасауға көмекті де қамтиды және ол тегін. "
            "Ақы сұралса, төлемей, аты-жөнін, күнін, айтылғанын жазып, хабарлау керек.",
            "ru": "Гарантированное государством консультирование включает помощь с документами и "
            "бесплатно. Если просят деньги, не платите: запишите имя, дату, сказанное и сообщите об "
            "этом.",
            "en": "State-guaranteed consultation includes help with documents and is free. If asked for "
            "money, do not pay: note the name, the date and what was said, and report it.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_14,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: legal-aid.consultation-prep
    # -----------------------------------------------------------------------
    {
        "key": "la-13",
        "pool": "prepost",
        "kind": "short",
        "skills": ["legal-aid.consultation-prep"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Заң клиникасына консультацияға барасыз. Құжаттардың түпнұсқасын ба, әлде көшірмесін "
            "бе апарып, маманға берген дұрыс? Бір сөзбен жауап беріңіз.",
            "ru": "Вы идёте на консультацию в юридическую клинику. Что правильнее принести и отдать "
            "специалисту: оригиналы документов или копии? Ответьте одним словом.",
            "en": "You are going to a legal clinic for a consultation. Should you bring and hand over "
            "the originals of your documents or copies? Answer in one word.",
        },
        "accepted": {
            "kk": ["көшірмесін", "көшірме", "көшірмелер", "көшірмелерін", "көшірмесі"],
            "ru": ["копии", "копию", "копия", "копий"],
            "en": ["copies", "copy", "photocopies"],
        },
        "explanation": {
            "kk": "Түпнұсқаны өзіңізде қалдырып, маманға көшірмесін апарыңыз: құжат жоғалып кетсе, "
            "құқығыңызды дәлелдеу қиындайды.",
            "ru": "Оригиналы оставьте у себя, а специалисту принесите копии: если документ потеряется, "
            "доказать своё право будет труднее.",
            "en": "Keep the originals and bring copies for the specialist: if a document is lost, "
            "proving your rights becomes harder.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-14",
        "pool": "prepost",
        "kind": "short",
        "skills": ["legal-aid.consultation-prep"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Заңгерге консультацияға дайындалып жатырсыз. Шарт пен түбіртектердің қайсысын "
            "өзіңізде сақтап қалған жөн: түпнұсқасын ба, көшірмесін бе? Бір сөзбен жауап беріңіз.",
            "ru": "Вы готовитесь к консультации у юриста. Что из договора и квитанций лучше оставить у "
            "себя: оригиналы или копии? Ответьте одним словом.",
            "en": "You are preparing for a consultation with a lawyer. Which versions of your contract "
            "and receipts should you keep yourself: the originals or copies? Answer in one word.",
        },
        "accepted": {
            "kk": ["түпнұсқасын", "түпнұсқа", "түпнұсқалар", "түпнұсқаларын", "түпнұсқасы"],
            "ru": ["оригиналы", "оригинал", "подлинники", "подлинник"],
            "en": ["originals", "original", "the originals"],
        },
        "explanation": {
            "kk": "Түпнұсқалар сізде қалуы керек, ал консультацияға олардың көшірмесін апарасыз.",
            "ru": "Оригиналы должны остаться у вас, а на консультацию вы приносите их копии.",
            "en": "The originals should stay with you, and you bring copies to the consultation.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-15",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["legal-aid.consultation-prep"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "Қарағандылық Айнұр пәтер жалдау жөніндегі дау бойынша заң клиникасына барады. "
            "Консультацияға дейін нені дайындағаны пайдалы? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Айнур из Караганды идёт в юридическую клинику по спору об аренде квартиры. Что "
            "полезно подготовить до консультации? Выберите все верные ответы.",
            "en": "Ainur from Karaganda is going to a legal clinic about a dispute over a flat rental. "
            "What is it useful to prepare before the consultation? Choose all correct answers.",
        },
        "options": [
            {
                "text": {
                    "kk": "Жалдау шарты мен түбіртектердің көшірмелері",
                    "ru": "Копии договора аренды и квитанций",
                    "en": "Copies of the rental contract and receipts",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: маман құжаттарға қарап қана жағдайды нақты бағалай алады.",
                    "ru": "Верно: точно оценить ситуацию специалист может только по документам.",
                    "en": "Correct: the specialist can only assess the situation properly from the documents.",
                },
            },
            {
                "text": {
                    "kk": "Не болғанын күнімен, ретімен жазған қысқа хронология",
                    "ru": "Короткая хронология того, что произошло, по порядку и с датами",
                    "en": "A short timeline of what happened, in order and with dates",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: хронология уақытты үнемдеп, маңызды жайттың ұмытылмауына көмектеседі.",
                    "ru": "Верно: хронология экономит время и помогает не упустить важное.",
                    "en": "Correct: a timeline saves time and helps make sure nothing important is missed.",
                },
            },
            {
                "text": {
                    "kk": "Ең маңызды үш-бес сұрақ және қандай нәтиже күтетіні",
                    "ru": "Три–пять самых важных вопросов и ожидаемый результат",
                    "en": "Three to five key questions and the outcome she hopes for",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: алдын ала ойластырылған сұрақтар консультацияны нәтижелі етеді.",
                    "ru": "Верно: заранее продуманные вопросы делают консультацию полезнее.",
                    "en": "Correct: questions thought out in advance make the consultation more useful.",
                },
            },
            {
                "text": {
                    "kk": "Түпнұсқаларды клиникаға тапсырып кету",
                    "ru": "Оставить оригиналы в клинике",
                    "en": "Leave the originals at the clinic",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: түпнұсқалар өзіңізде қалуы керек, клиникаға көшірмесін апарасыз.",
                    "ru": "Неверно: оригиналы должны оставаться у вас, в клинику приносят копии.",
                    "en": "Wrong: the originals should stay with you; you bring copies to the clinic.",
                },
            },
            {
                "text": {
                    "kk": "Құжаттардағы мерзімдерге мән бермеу, оларды кейін анықтауға болады",
                    "ru": "Не обращать внимания на сроки в документах, их можно выяснить потом",
                    "en": "Ignore the deadlines in the documents, they can be checked later",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: шағым беру мерзімі өтіп кетсе, құқықты қорғау әлдеқайда қиындайды.",
                    "ru": "Неверно: если срок подачи жалобы пропущен, защитить право гораздо труднее.",
                    "en": "Wrong: once a complaint deadline has passed, defending your rights is much harder.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе дайындамау, бәрін маман өзі анықтайды",
                    "ru": "Ничего не готовить, специалист сам во всём разберётся",
                    "en": "Prepare nothing, the specialist will work it all out",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сіздің құжаттарыңыз бен деректеріңізсіз маман жағдайды толық біле алмайды.",
                    "ru": "Неверно: без ваших документов и сведений специалист не узнает всей картины.",
                    "en": "Wrong: without your documents and details the specialist cannot see the full picture.",
                },
            },
        ],
        "explanation": {
            "kk": "Консультацияға үш нәрсе дайындалады: құжаттардың көшірмелері, күні көрсетілген "
            "оқиғалар хронологиясы және негізгі сұрақтар. Мерзімдерге де назар аудару керек.",
            "ru": "К консультации готовят три вещи: копии документов, хронологию событий с датами и "
            "главные вопросы. Нужно следить и за сроками.",
            "en": "Prepare three things for a consultation: copies of documents, a dated timeline of "
            "events and your key questions. Watch the deadlines too.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-16",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["legal-aid.consultation-prep"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "Ақтаулық Мұрат жұмыстан заңсыз шығарылдым деп санайды және заңгердің "
            "консультациясына жазылды. Төмендегілердің қайсысы дайындықтың дұрыс қадамы? Барлық "
            "дұрыс жауапты таңдаңыз.",
            "ru": "Мурат из Актау считает, что его незаконно уволили, и записался на консультацию к "
            "юристу. Какие из этих шагов — правильная подготовка? Выберите все верные ответы.",
            "en": "Murat from Aktau believes he was unlawfully dismissed and has booked a consultation "
            "with a lawyer. Which of these are correct preparation steps? Choose all correct answers.",
        },
        "options": [
            {
                "text": {
                    "kk": "Бұйрықтың және жұмыс берушімен хат алмасудың көшірмелерін алу",
                    "ru": "Взять копии приказа и переписки с работодателем",
                    "en": "Take copies of the dismissal order and messages with the employer",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: құжаттардың көшірмелері – консультацияның негізі.",
                    "ru": "Верно: копии документов — основа консультации.",
                    "en": "Correct: copies of documents are the basis of a consultation.",
                },
            },
            {
                "text": {
                    "kk": "Кім, қашан, не істегенін күнімен ретімен жазу",
                    "ru": "Записать по порядку, с датами, кто, когда и что сделал",
                    "en": "Write down in order, with dates, who did what and when",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл – оқиғалар хронологиясы.",
                    "ru": "Верно: это и есть хронология событий.",
                    "en": "Correct: this is the timeline of events.",
                },
            },
            {
                "text": {
                    "kk": "Құжаттардағы шағым беру мерзіміне назар аудару",
                    "ru": "Обратить внимание на срок подачи жалобы, указанный в документах",
                    "en": "Pay attention to the complaint deadline shown in the documents",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: мерзім өтіп кетсе, құқықты қорғау қиындайды.",
                    "ru": "Верно: если срок пропущен, защитить право труднее.",
                    "en": "Correct: if the deadline passes, defending the right becomes harder.",
                },
            },
            {
                "text": {
                    "kk": "Еңбек шартының түпнұсқасын заңгерде қалдыру",
                    "ru": "Оставить оригинал трудового договора у юриста",
                    "en": "Leave the original employment contract with the lawyer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: түпнұсқаны өзіңізде сақтап, көшірмесін беріңіз.",
                    "ru": "Неверно: оригинал храните у себя, а отдайте копию.",
                    "en": "Wrong: keep the original yourself and hand over a copy.",
                },
            },
            {
                "text": {
                    "kk": "Сұрақтарды алдын ала ойламау, тек ауызша әңгімелеп беру",
                    "ru": "Не продумывать вопросы заранее, а просто рассказать всё устно",
                    "en": "Not think about questions in advance, just tell the story orally",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: үш-бес негізгі сұрақты алдын ала жазып алған дұрыс.",
                    "ru": "Неверно: три–пять главных вопросов лучше записать заранее.",
                    "en": "Wrong: it is better to write down three to five key questions in advance.",
                },
            },
            {
                "text": {
                    "kk": "Құжаттардың орнына әлеуметтік желідегі пікірлерді жинау",
                    "ru": "Вместо документов собрать мнения из соцсетей",
                    "en": "Collect opinions from social media instead of documents",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: әлеуметтік желідегі пікірлер құжаттар мен фактілердің орнын баспайды.",
                    "ru": "Неверно: мнения из соцсетей не заменяют документы и факты.",
                    "en": "Wrong: social media opinions are no substitute for documents and facts.",
                },
            },
        ],
        "explanation": {
            "kk": "Дайындық – құжаттардың көшірмелері, күні көрсетілген хронология, негізгі сұрақтар "
            "және мерзімдерді бақылау. Түпнұсқалар өзіңізде қалады.",
            "ru": "Подготовка — это копии документов, хронология с датами, главные вопросы и контроль "
            "сроков. Оригиналы остаются у вас.",
            "en": "Preparation means copies of documents, a dated timeline, key questions and watching "
            "the deadlines. The originals stay with you.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: legal-aid.info-vs-advice
    # -----------------------------------------------------------------------
    {
        "key": "la-17",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.info-vs-advice"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Құқықтық ақпарат пен заң кеңесінің айырмашылығы неде?",
            "ru": "Чем правовая информация отличается от юридической консультации?",
            "en": "What is the difference between legal information and legal advice?",
        },
        "options": [
            {
                "text": {
                    "kk": "Ақпарат заңның жалпы не дейтінін түсіндіреді, ал кеңес – білікті маманның "
                    "нақты ісіңізге берген бағасы",
                    "ru": "Информация объясняет, что в целом говорит закон, а консультация — это оценка "
                    "вашего конкретного дела квалифицированным специалистом",
                    "en": "Information explains what the law says in general, while advice is a "
                    "qualified specialist's assessment of your specific case",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: басты айырмашылық – жалпы түсіндірме мен нақты іске берілген баға.",
                    "ru": "Верно: главное различие — общее разъяснение против оценки конкретного дела.",
                    "en": "Correct: the key difference is a general explanation versus an assessment "
                    "of a specific case.",
                },
            },
            {
                "text": {
                    "kk": "Екеуінің арасында ешқандай айырмашылық жоқ",
                    "ru": "Между ними нет никакой разницы",
                    "en": "There is no difference between them",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: жалпы ақпарат сіздің ісіңіздің ерекшеліктерін ескермейді.",
                    "ru": "Неверно: общая информация не учитывает особенностей вашего дела.",
                    "en": "Wrong: general information does not take the details of your case into account.",
                },
            },
            {
                "text": {
                    "kk": "Ақпарат – кез келген сайттағы мәтін, ал кеңес – тек сот шешімі",
                    "ru": "Информация — это текст на любом сайте, а консультация — только решение суда",
                    "en": "Information is text on any website, while advice is only a court decision",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң кеңесін сот емес, білікті маман береді.",
                    "ru": "Неверно: юридическую консультацию даёт квалифицированный специалист, а не суд.",
                    "en": "Wrong: legal advice comes from a qualified specialist, not a court.",
                },
            },
            {
                "text": {
                    "kk": "Заң кеңесін тек чат-боттар береді",
                    "ru": "Юридическую консультацию дают только чат-боты",
                    "en": "Only chatbots give legal advice",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чат-боттар жалпы ақпарат береді, ал кеңес – маманның ісі.",
                    "ru": "Неверно: чат-боты дают общую информацию, а консультация — дело специалиста.",
                    "en": "Wrong: chatbots give general information; advice is a specialist's job.",
                },
            },
        ],
        "explanation": {
            "kk": "Құқықтық ақпарат заңның жалпы мазмұнын түсіндіреді. Заң кеңесі – білікті маманның "
            "сіздің нақты ісіңізге берген бағасы.",
            "ru": "Правовая информация объясняет общее содержание закона. Юридическая консультация — "
            "оценка вашего конкретного дела квалифицированным специалистом.",
            "en": "Legal information explains the law in general. Legal advice is a qualified "
            "specialist's assessment of your specific case.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-18",
        "pool": "prepost",
        "kind": "single",
        "skills": ["legal-aid.info-vs-advice"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Мобильдік қосымшадағы виртуалды кеңесші Асқарға сапасыз тауар туралы қандай заң "
            "қолданылатынын жалпы түсіндірді, бірақ оның чектері мен шартын қараған жоқ. Асқар не "
            "алды?",
            "ru": "Виртуальный консультант в мобильном приложении в общих чертах объяснил Аскару, какой "
            "закон применяется к некачественному товару, но его чеки и договор не смотрел. Что получил "
            "Аскар?",
            "en": "A virtual consultant in a mobile app explained to Askar in general terms which law "
            "applies to faulty goods, but did not look at his receipts or contract. What did Askar "
            "get?",
        },
        "options": [
            {
                "text": {
                    "kk": "Құқықтық ақпарат",
                    "ru": "Правовую информацию",
                    "en": "Legal information",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл заңның жалпы не дейтіні туралы түсіндірме.",
                    "ru": "Верно: это разъяснение того, что в целом говорит закон.",
                    "en": "Correct: this is an explanation of what the law says in general.",
                },
            },
            {
                "text": {
                    "kk": "Заң кеңесі",
                    "ru": "Юридическую консультацию",
                    "en": "Legal advice",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: кеңесші оның құжаттарын қарап, нақты ісіне баға берген жоқ.",
                    "ru": "Неверно: консультант не изучал его документы и не оценивал конкретное дело.",
                    "en": "Wrong: the consultant did not review his documents or assess his specific case.",
                },
            },
            {
                "text": {
                    "kk": "Сотта өкілдік ету",
                    "ru": "Представительство в суде",
                    "en": "Representation in court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қосымша сотта ешкімнің мүддесін білдірмейді.",
                    "ru": "Неверно: приложение никого не представляет в суде.",
                    "en": "Wrong: an app does not represent anyone in court.",
                },
            },
            {
                "text": {
                    "kk": "Міндетті түрде орындалатын шешім",
                    "ru": "Обязательное для исполнения решение",
                    "en": "A binding decision",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: виртуалды кеңесшінің жауабы ешкім үшін міндетті емес.",
                    "ru": "Неверно: ответ виртуального консультанта ни для кого не обязателен.",
                    "en": "Wrong: a virtual consultant's answer binds no one.",
                },
            },
        ],
        "explanation": {
            "kk": "Ісіңіздің құжаттарын ескермейтін жалпы түсіндірме – құқықтық ақпарат. Нақты ісіңізге "
            "баға беру үшін білікті маман керек.",
            "ru": "Общее разъяснение без учёта документов по вашему делу — это правовая информация. "
            "Оценить конкретное дело может квалифицированный специалист.",
            "en": "A general explanation that ignores your case documents is legal information. A "
            "qualified specialist is needed to assess your specific case.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-19",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["legal-aid.info-vs-advice"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Әділет министрлігінің ресми чат-боты берген жауап ісіңіздің барлық ерекшелігін "
            "ескереді, сондықтан ол білікті заңгердің кеңесімен бірдей.",
            "ru": "Ответ официального чат-бота Министерства юстиции учитывает все особенности вашего "
            "дела, поэтому он равен консультации квалифицированного юриста.",
            "en": "An answer from the Ministry of Justice's official chatbot takes every detail of your "
            "case into account, so it equals advice from a qualified lawyer.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ресми чат-бот та жалпы жауап береді, ол қателесуі мүмкін және "
                    "ісіңіздің егжей-тегжейін ескермейді.",
                    "ru": "Неверно: официальный чат-бот тоже отвечает в общих чертах, может ошибаться и "
                    "не учитывает подробностей дела.",
                    "en": "Wrong: even an official chatbot answers in general terms, can make mistakes "
                    "and ignores the details of your case.",
                },
            },
            {
                "text": _FALSE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: чат-боттың жауабы – құқықтық ақпарат, заң кеңесі емес.",
                    "ru": "Верно: ответ чат-бота — правовая информация, а не юридическая консультация.",
                    "en": "Correct: a chatbot's answer is legal information, not legal advice.",
                },
            },
        ],
        "explanation": {
            "kk": "Чат-боттар жылдам, бірақ жалпы жауап береді, тіпті жоқ нормаларды ойдан шығаруы "
            "мүмкін. Маңызды шешім алдында білікті маманмен ақылдасу керек.",
            "ru": "Чат-боты отвечают быстро, но в общих чертах и даже могут выдумывать "
            "несуществующие нормы. Перед важным решением нужно посоветоваться с квалифицированным "
            "специалистом.",
            "en": "Chatbots answer quickly but only in general terms, and may even invent rules that do "
            "not exist. Consult a qualified specialist before an important decision.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-20",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["legal-aid.info-vs-advice"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "IPrav қосымшасындағы «Әйтеке» сияқты виртуалды кеңесші де тек жалпы құқықтық "
            "ақпарат береді, ал нақты ісіңізді бағалау үшін білікті маман керек.",
            "ru": "Виртуальный консультант вроде «Айтеке» в приложении IPrav тоже даёт лишь общую "
            "правовую информацию, а чтобы оценить ваше конкретное дело, нужен квалифицированный "
            "специалист.",
            "en": "A virtual consultant such as “Aiteke” in the IPrav app also gives only general legal "
            "information, and a qualified specialist is needed to assess your specific case.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: автоматты жауап – жалпы бағдар, ол маманның бағасын алмастырмайды.",
                    "ru": "Верно: автоматический ответ — общий ориентир, он не заменяет оценку специалиста.",
                    "en": "Correct: an automated answer is general orientation and does not replace a "
                    "specialist's assessment.",
                },
            },
            {
                "text": _FALSE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: виртуалды кеңесші ісіңіздің егжей-тегжейін ескермейді және қателесуі мүмкін.",
                    "ru": "Неверно: виртуальный консультант не учитывает подробностей вашего дела и может ошибаться.",
                    "en": "Wrong: a virtual consultant ignores the details of your case and can make mistakes.",
                },
            },
        ],
        "explanation": {
            "kk": "Виртуалды кеңесшілер заңның жалпы не дейтінін түсіндіреді. Заң кеңесі – нақты ісіңізге "
            "білікті маманның берген бағасы.",
            "ru": "Виртуальные консультанты объясняют, что в целом говорит закон. Юридическая "
            "консультация — оценка вашего конкретного дела квалифицированным специалистом.",
            "en": "Virtual consultants explain what the law says in general. Legal advice is a "
            "qualified specialist's assessment of your specific case.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    # -----------------------------------------------------------------------
    # Lesson check: right-to-legal-assistance
    # -----------------------------------------------------------------------
    {
        "key": "la-21",
        "pool": "check:right-to-legal-assistance",
        "kind": "single",
        "skills": ["legal-aid.rights"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пактінің 14-бабының 3-тармағының "
            "d) тармақшасы кімге қатысты және не көздейді?",
            "ru": "Кого касается подпункт d) пункта 3 статьи 14 Международного пакта о гражданских и "
            "политических правах и что он предусматривает?",
            "en": "Whom does Article 14(3)(d) of the International Covenant on Civil and Political "
            "Rights concern, and what does it provide?",
        },
        "options": [
            {
                "text": {
                    "kk": "Қылмыстық айып тағылған адамға: сот төрелігінің мүддесі талап етсе, оған "
                    "қорғаушы тағайындалады, ал қаражаты жетпесе, көмек тегін",
                    "ru": "Человека, которому предъявлено уголовное обвинение: если этого требуют "
                    "интересы правосудия, ему назначают защитника, а при нехватке средств помощь "
                    "бесплатна",
                    "en": "A person charged with a criminal offence: where the interests of justice "
                    "require, counsel is assigned, and if the person cannot pay, the help is free",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: пактінің негізгі ойы – ақшаның жоқтығы адамды қорғаусыз қалдырмауға тиіс.",
                    "ru": "Верно: главная мысль Пакта — отсутствие денег не должно оставлять человека без защиты.",
                    "en": "Correct: the Covenant's main idea is that lack of money must not leave a "
                    "person without a defence.",
                },
            },
            {
                "text": {
                    "kk": "Кез келген азаматтық дауға: әркімге тегін адвокат беріледі",
                    "ru": "Любого гражданского спора: каждому предоставляется бесплатный адвокат",
                    "en": "Any civil dispute: everyone is given a free advocate",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл тармақша қылмыстық айып тағылған адамдарға қатысты.",
                    "ru": "Неверно: этот подпункт касается лиц, которым предъявлено уголовное обвинение.",
                    "en": "Wrong: this provision concerns people charged with a criminal offence.",
                },
            },
            {
                "text": {
                    "kk": "Тек шетел азаматтарына: оларға аудармашы мен заңгер тегін беріледі",
                    "ru": "Только иностранцев: им бесплатно предоставляют переводчика и юриста",
                    "en": "Only foreign nationals: they get a free interpreter and lawyer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тармақша азаматтыққа қарамастан қылмыстық айып тағылған кез келген адамға қатысты.",
                    "ru": "Неверно: подпункт касается любого обвиняемого в преступлении, независимо от гражданства.",
                    "en": "Wrong: the provision covers anyone charged with a criminal offence, whatever "
                    "their nationality.",
                },
            },
            {
                "text": {
                    "kk": "Сотта жеңген адамға: оның қорғаушыға жұмсаған шығыны өтеледі",
                    "ru": "Того, кто выиграл суд: ему возмещают расходы на защитника",
                    "en": "A person who wins in court: their costs for counsel are refunded",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тармақша шығынды өтеу туралы емес, қорғаушыға қол жеткізу туралы.",
                    "ru": "Неверно: подпункт говорит не о возмещении расходов, а о доступе к защитнику.",
                    "en": "Wrong: the provision is about access to counsel, not about refunding costs.",
                },
            },
        ],
        "explanation": {
            "kk": "Қазақстан 2005 жылы ратификациялаған пактінің 14-бабы әділ сотқа кепілдік береді, ал "
            "оның 3-тармағының d) тармақшасы қылмыстық айып тағылған адамға қорғаушы алуды, қаражаты "
            "жетпесе, тегін алуды қамтамасыз етеді.",
            "ru": "Статья 14 Пакта, ратифицированного Казахстаном в 2005 году, гарантирует справедливый "
            "суд, а подпункт d) её пункта 3 обеспечивает обвиняемому в преступлении защитника, при "
            "нехватке средств — бесплатно.",
            "en": "Article 14 of the Covenant, ratified by Kazakhstan in 2005, guarantees a fair trial, "
            "and its paragraph 3(d) gives a person charged with a crime access to counsel, free if they "
            "cannot pay.",
        },
        "act": "iccpr",
        "article": _ICCPR_14_3_D,
    },
    {
        "key": "la-22",
        "pool": "check:right-to-legal-assistance",
        "kind": "single",
        "skills": ["legal-aid.rights"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Төмендегілердің қайсысы білікті заң көмегіне мысал бола алады?",
            "ru": "Что из перечисленного является примером квалифицированной юридической помощи?",
            "en": "Which of the following is an example of qualified legal assistance?",
        },
        "options": [
            {
                "text": {
                    "kk": "Адвокаттың талап арызды дайындап, сотта клиенттің мүддесін білдіруі",
                    "ru": "Адвокат готовит исковое заявление и представляет интересы клиента в суде",
                    "en": "An advocate drafts a statement of claim and represents the client in court",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл арнайы даярлығы бар маманның кәсіби көмегі.",
                    "ru": "Верно: это профессиональная помощь подготовленного специалиста.",
                    "en": "Correct: this is professional help from a trained specialist.",
                },
            },
            {
                "text": {
                    "kk": "Көршінің өз сот ісі туралы әңгімесі",
                    "ru": "Рассказ соседа о его собственном судебном деле",
                    "en": "A neighbour's story about his own court case",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: көршінің тәжірибесі маманның кәсіби көмегі емес.",
                    "ru": "Неверно: опыт соседа — не профессиональная помощь специалиста.",
                    "en": "Wrong: a neighbour's experience is not a specialist's professional help.",
                },
            },
            {
                "text": {
                    "kk": "Әлеуметтік желідегі белгісіз автордың жазбасы",
                    "ru": "Пост неизвестного автора в соцсети",
                    "en": "A social media post by an unknown author",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мұндай жазбаның авторының біліктілігі белгісіз және ол сіздің ісіңізге арналмаған.",
                    "ru": "Неверно: квалификация автора неизвестна, и пост не касается вашего дела.",
                    "en": "Wrong: the author's qualifications are unknown, and the post is not about your case.",
                },
            },
            {
                "text": {
                    "kk": "Туысыңыздың «сотқа барма, бәрібір ұтыласың» деген кеңесі",
                    "ru": "Совет родственника: «Не ходи в суд, всё равно проиграешь»",
                    "en": "A relative's advice: “Don't go to court, you'll lose anyway”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл жеке пікір, арнайы білімге негізделген кәсіби көмек емес.",
                    "ru": "Неверно: это личное мнение, а не профессиональная помощь на основе специальных знаний.",
                    "en": "Wrong: this is a personal opinion, not professional help based on special knowledge.",
                },
            },
        ],
        "explanation": {
            "kk": "Білікті заң көмегін адвокат немесе заң консультанты сияқты арнайы даярлығы бар маман "
            "көрсетеді: кеңес береді, құжат дайындайды, сотта және мемлекеттік органдарда өкілдік етеді.",
            "ru": "Квалифицированную юридическую помощь оказывает подготовленный специалист, например "
            "адвокат или юридический консультант: консультирует, готовит документы, представляет в "
            "суде и госорганах.",
            "en": "Qualified legal assistance comes from a trained specialist such as an advocate or "
            "legal consultant: advice, drafting documents, and representation in court and before state "
            "bodies.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    # -----------------------------------------------------------------------
    # Lesson check: state-guaranteed-legal-aid (case: la-case-unpaid-wages)
    # -----------------------------------------------------------------------
    {
        "key": "la-23",
        "pool": "check:state-guaranteed-legal-aid",
        "kind": "single",
        "skills": ["legal-aid.eligibility"],
        "difficulty": 2,
        "scenario": "la-case-unpaid-wages",
        "stem": {
            "kk": "Нұрлан заңда аталған санатқа жата ма, жатпай ма, оған қарамастан мемлекет кепілдік "
            "берген қандай көмекті тегін ала алады?",
            "ru": "Какую гарантированную государством помощь Нурлан может получить бесплатно "
            "независимо от того, относится ли он к категории, названной в законе?",
            "en": "What state-guaranteed help can Nurlan get free of charge whether or not he falls "
            "into a category named in the law?",
        },
        "options": [
            {
                "text": {
                    "kk": "Құқықтық ақпарат: оның жағдайына қай заң қолданылатыны және қайда жүгіну "
                    "керегі туралы түсіндірме",
                    "ru": "Правовую информацию: разъяснение, какой закон применяется к его ситуации и куда обращаться",
                    "en": "Legal information: an explanation of which law applies to his situation and where to turn",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: құқықтық ақпарат санатқа қарамастан бәріне тегін.",
                    "ru": "Верно: правовая информация бесплатна для всех, независимо от категории.",
                    "en": "Correct: legal information is free for everyone, whatever their category.",
                },
            },
            {
                "text": {
                    "kk": "Сотта тегін адвокаттың өкілдігі",
                    "ru": "Представительство бесплатного адвоката в суде",
                    "en": "Representation by a free advocate in court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сотта тегін өкілдік тек заңда аталған санаттарға беріледі.",
                    "ru": "Неверно: бесплатное представительство в суде положено только категориям, "
                    "названным в законе.",
                    "en": "Wrong: free representation in court is only for the categories named in the law.",
                },
            },
            {
                "text": {
                    "kk": "Мемлекеттің төленбеген жалақыны оның орнына өтеуі",
                    "ru": "Выплату государством невыплаченной зарплаты вместо работодателя",
                    "en": "The state paying the unpaid wages instead of the employer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң көмегі ақша төлеу емес, кәсіби кеңес пен өкілдік.",
                    "ru": "Неверно: юридическая помощь — это не выплата денег, а профессиональная "
                    "консультация и представительство.",
                    "en": "Wrong: legal aid is professional advice and representation, not payment of money.",
                },
            },
            {
                "text": {
                    "kk": "Ешқандай тегін көмек ала алмайды",
                    "ru": "Никакой бесплатной помощи он получить не может",
                    "en": "He cannot get any free help at all",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқықтық ақпаратты кез келген адам тегін ала алады.",
                    "ru": "Неверно: правовую информацию любой человек может получить бесплатно.",
                    "en": "Wrong: anyone can get legal information free of charge.",
                },
            },
        ],
        "explanation": {
            "kk": "Заңның 26-бабы бойынша құқықтық ақпарат беру түріндегі көмек жеке және заңды "
            "тұлғаларға тегін. Ал сотта тегін өкілдікке құқық Нұрланның заңда аталған санатқа "
            "жататынына байланысты.",
            "ru": "По статье 26 Закона помощь в виде правовой информации бесплатна для физических и "
            "юридических лиц. А право на бесплатное представительство в суде зависит от того, "
            "относится ли Нурлан к категории, названной в законе.",
            "en": "Under Article 26 of the Law, help in the form of legal information is free for "
            "individuals and legal entities. Whether Nurlan gets free representation in court depends "
            "on whether he falls into a category named in the law.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_26,
    },
    {
        "key": "la-24",
        "pool": "check:state-guaranteed-legal-aid",
        "kind": "single",
        "skills": ["legal-aid.eligibility", "legal-aid.access-channels"],
        "difficulty": 3,
        "scenario": "la-case-unpaid-wages",
        "stem": {
            "kk": "Көршісінің сөзін естіген Нұрлан сотта тегін өкілдікке құқығы бар-жоғын қалай анықтағаны дұрыс?",
            "ru": "Как Нурлану, услышавшему слова соседа, правильно выяснить, положено ли ему "
            "бесплатное представительство в суде?",
            "en": "After hearing his neighbour, how should Nurlan find out whether he is entitled to "
            "free representation in court?",
        },
        "options": [
            {
                "text": {
                    "kk": "Заңның қолданыстағы мәтінін adilet.zan.kz сайтынан тексеру немесе заң "
                    "көмегінің ресми арнасы арқылы нақтылау",
                    "ru": "Проверить действующий текст Закона на adilet.zan.kz или уточнить через "
                    "официальный канал юридической помощи",
                    "en": "Check the current text of the Law on adilet.zan.kz or confirm it through an "
                    "official legal aid channel",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: санаттар тізімі өзгеруі мүмкін, сондықтан ресми дереккөзге сену керек.",
                    "ru": "Верно: перечень категорий может меняться, поэтому нужно опираться на официальный источник.",
                    "en": "Correct: the list of categories can change, so rely on an official source.",
                },
            },
            {
                "text": {
                    "kk": "Көршісіне сеніп, көмек сұрамай, сотқа жалғыз бару",
                    "ru": "Поверить соседу и идти в суд одному, не прося помощи",
                    "en": "Believe his neighbour and go to court alone without asking for help",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: естіген сөзге емес, Заңның ресми мәтініне сүйену керек.",
                    "ru": "Неверно: опираться нужно на официальный текст Закона, а не на слухи.",
                    "en": "Wrong: rely on the official text of the Law, not on hearsay.",
                },
            },
            {
                "text": {
                    "kk": "Әлеуметтік желідегі топтан сұрап, көпшілік пікіріне сүйену",
                    "ru": "Спросить в группе в соцсети и положиться на мнение большинства",
                    "en": "Ask in a social media group and go with the majority view",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: әлеуметтік желідегі пікірлер ресми мәтіннің орнын баспайды.",
                    "ru": "Неверно: мнения в соцсетях не заменяют официальный текст.",
                    "en": "Wrong: social media opinions are no substitute for the official text.",
                },
            },
            {
                "text": {
                    "kk": "Тегін көмек болмайды деп, сотқа жүгінуден бас тарту",
                    "ru": "Решить, что бесплатной помощи не будет, и отказаться от суда",
                    "en": "Decide there will be no free help and give up on going to court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ол кем дегенде құқықтық ақпаратты тегін ала алады, ал өкілдікке "
                    "құқығын тексермей бас тартудың қажеті жоқ.",
                    "ru": "Неверно: как минимум правовую информацию он получит бесплатно, а отказываться, "
                    "не проверив право на представительство, незачем.",
                    "en": "Wrong: at the very least he can get legal information for free, and there is "
                    "no reason to give up without checking his right to representation.",
                },
            },
        ],
        "explanation": {
            "kk": "Заң көмегі заңда көзделген жағдайларда ғана тегін, ал санаттар тізімі өзгеруі мүмкін. "
            "Сондықтан Заңның ресми мәтінін тексеру немесе мемлекеттік арна арқылы нақтылау керек.",
            "ru": "Юридическая помощь бесплатна только в случаях, предусмотренных законом, а перечень "
            "категорий может меняться. Поэтому нужно проверить официальный текст Закона или уточнить "
            "через государственный канал.",
            "en": "Legal assistance is free only in the cases provided for by law, and the list of "
            "categories can change. So check the official text of the Law or confirm it through a state "
            "channel.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    # -----------------------------------------------------------------------
    # Lesson check: how-to-get-legal-aid
    # -----------------------------------------------------------------------
    {
        "key": "la-25",
        "pool": "check:how-to-get-legal-aid",
        "kind": "single",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Сіз «Е-Заң көмегі» арқылы кеңес алуға өтініш бердіңіз, бірақ жауап келмеді. Не істеген дұрыс?",
            "ru": "Вы подали заявку на консультацию через «Е-Заң көмегі», но ответа нет. Как правильно поступить?",
            "en": "You applied for a consultation through E-Zan komegi, but no one has replied. What should you do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Өтінішті қайта беріп, әр өтініштің нөмірі мен күнін сақтау",
                    "ru": "Подать заявку повторно и сохранить номер и дату каждой заявки",
                    "en": "Apply again and keep the number and date of each request",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: нөмір мен күн өтініш бергеніңізді дәлелдейді және шағым жазуға көмектеседі.",
                    "ru": "Верно: номер и дата подтверждают, что вы обращались, и помогут при жалобе.",
                    "en": "Correct: the number and date prove you applied and will help if you complain.",
                },
            },
            {
                "text": {
                    "kk": "Тегін көмек алудан біржола бас тарту",
                    "ru": "Навсегда отказаться от бесплатной помощи",
                    "en": "Give up on free help for good",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: жауап келмеуі – құқығыңыздан айырылдыңыз деген сөз емес.",
                    "ru": "Неверно: отсутствие ответа не значит, что вы лишились своего права.",
                    "en": "Wrong: getting no reply does not mean you have lost your right.",
                },
            },
            {
                "text": {
                    "kk": "Әлеуметтік желідегі жарнамадан табылған «заңгерге» алдын ала ақша аудару",
                    "ru": "Перевести предоплату «юристу» из рекламы в соцсети",
                    "en": "Send an advance payment to a “lawyer” found in a social media advert",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл тегін көмек емес, әрі алаяқтыққа ұрынуыңыз мүмкін.",
                    "ru": "Неверно: это не бесплатная помощь, и можно нарваться на мошенников.",
                    "en": "Wrong: this is not free help, and you may run into fraudsters.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе жазып алмай, жауапты шексіз күте беру",
                    "ru": "Ждать ответа бесконечно, ничего не записывая",
                    "en": "Wait for a reply indefinitely without noting anything down",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: күте берсеңіз, маңызды мерзімдер өтіп кетуі мүмкін.",
                    "ru": "Неверно: пока вы ждёте, могут пройти важные сроки.",
                    "en": "Wrong: while you wait, important deadlines may pass.",
                },
            },
        ],
        "explanation": {
            "kk": "Жауап келмесе, өтінішті қайта беріп, әрқайсысының нөмірі мен күнін сақтаңыз. Бұл "
            "кейін кері байланыс қалдыруға не шағым түсіруге көмектеседі.",
            "ru": "Если ответа нет, подайте заявку повторно и сохраните номер и дату каждой. Это "
            "поможет позже оставить отзыв или подать жалобу.",
            "en": "If there is no reply, apply again and keep the number and date of each request. This "
            "helps if you later leave feedback or complain.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_24,
    },
    {
        "key": "la-26",
        "pool": "check:how-to-get-legal-aid",
        "kind": "single",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Қызылордалық Әсем тегін кеңесті қазақ тілінде алғысы келеді. Ол не істегені дұрыс?",
            "ru": "Асем из Кызылорды хочет получить бесплатную консультацию на казахском языке. Как ей "
            "правильно поступить?",
            "en": "Asem from Kyzylorda wants her free consultation in Kazakh. What should she do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Өтініште бірден қазақ тілінде кеңес қажет екенін көрсету, ескерілмесе, кері "
                    "байланыс қалдыру",
                    "ru": "Сразу указать в заявке, что нужна консультация на казахском, а если это не "
                    "учли, оставить отзыв",
                    "en": "State in the request from the start that she needs advice in Kazakh, and "
                    "leave feedback if this is ignored",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: қазақ тілі – мемлекеттік тіл, сондықтан бұл талапты бірден айту керек.",
                    "ru": "Верно: казахский — государственный язык, и об этом лучше сказать сразу.",
                    "en": "Correct: Kazakh is the state language, so she should say so from the start.",
                },
            },
            {
                "text": {
                    "kk": "Кеңес тек орыс тілінде беріледі деп келісе салу",
                    "ru": "Смириться с тем, что консультацию дают только на русском",
                    "en": "Accept that advice is given only in Russian",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қазақ тілінде кеңес сұрауға болады, оны өтініште көрсету керек.",
                    "ru": "Неверно: консультацию на казахском можно запросить, это нужно указать в заявке.",
                    "en": "Wrong: advice in Kazakh can be requested; she should say so in the request.",
                },
            },
            {
                "text": {
                    "kk": "Қазақ тіліндегі кеңес үшін қосымша ақы төлеу",
                    "ru": "Доплатить за консультацию на казахском",
                    "en": "Pay extra for advice in Kazakh",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мемлекет кепілдік берген көмек тегін, тілге бола ақы төленбейді.",
                    "ru": "Неверно: гарантированная государством помощь бесплатна, за язык не доплачивают.",
                    "en": "Wrong: state-guaranteed help is free; there is no extra charge for the language.",
                },
            },
            {
                "text": {
                    "kk": "Өтініш бермей, орыс тілін білетін туысынан аударма сұрау",
                    "ru": "Не подавать заявку, а попросить родственника переводить с русского",
                    "en": "Not apply, and ask a relative who knows Russian to translate",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тіл кедергісіне бола тегін көмектен бас тартудың қажеті жоқ.",
                    "ru": "Неверно: отказываться от бесплатной помощи из-за языка не нужно.",
                    "en": "Wrong: there is no need to give up free help because of the language.",
                },
            },
        ],
        "explanation": {
            "kk": "Қазақ тілінде кеңес алу іс жүзінде қиын болуы мүмкін, сондықтан бұл талапты өтініште "
            "бірден көрсетіп, ескерілмесе, кері байланыс қалдырған жөн.",
            "ru": "На практике получить консультацию на казахском бывает трудно, поэтому это требование "
            "лучше сразу указать в заявке, а если его не учли, оставить отзыв.",
            "en": "In practice advice in Kazakh can be hard to get, so state this in the request from "
            "the start and leave feedback if it is ignored.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_24,
    },
    {
        "key": "la-27",
        "pool": "check:how-to-get-legal-aid",
        "kind": "multiple",
        "skills": ["legal-aid.access-channels"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Мемлекет кепілдік берген көмек үшін ақша сұраған заңгер туралы қайда хабарлауға "
            "болады? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Куда можно сообщить о юристе, который просит деньги за гарантированную государством "
            "помощь? Выберите все верные ответы.",
            "en": "Where can you report a lawyer who asks for money for state-guaranteed help? Choose "
            "all correct answers.",
        },
        "options": [
            {
                "text": {
                    "kk": "Жүйенің кері байланыс арнасына",
                    "ru": "Через обратную связь системы",
                    "en": "Through the system's feedback channel",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл хабарлаудың бір жолы.",
                    "ru": "Верно: это один из способов сообщить.",
                    "en": "Correct: this is one way to report it.",
                },
            },
            {
                "text": {
                    "kk": "Әділет министрлігіне",
                    "ru": "В Министерство юстиции",
                    "en": "To the Ministry of Justice",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: тегін заң көмегі жүйесі осы министрліктің порталында жұмыс істейді.",
                    "ru": "Верно: система бесплатной юридической помощи работает на портале этого министерства.",
                    "en": "Correct: the free legal aid system runs on this ministry's portal.",
                },
            },
            {
                "text": {
                    "kk": "Заңгер мүше болған адвокаттар алқасына немесе заң консультанттары палатасына",
                    "ru": "В коллегию адвокатов или палату юридических консультантов, где состоит юрист",
                    "en": "To the bar association or chamber of legal consultants the lawyer belongs to",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: кәсіби бірлестік өз мүшелерінің әрекетін қадағалайды.",
                    "ru": "Верно: профессиональное объединение следит за действиями своих членов.",
                    "en": "Correct: the professional body oversees the conduct of its members.",
                },
            },
            {
                "text": {
                    "kk": "Ешқайда: тегін көмек туралы шағым қабылданбайды",
                    "ru": "Никуда: жалобы на бесплатную помощь не принимаются",
                    "en": "Nowhere: complaints about free help are not accepted",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: «тегін көмек» үшін ақша талап ету – шағым түсіруге негіз.",
                    "ru": "Неверно: требование денег за «бесплатную помощь» — повод для жалобы.",
                    "en": "Wrong: demanding money for “free help” is grounds for a complaint.",
                },
            },
            {
                "text": {
                    "kk": "Алдымен заңгерге ақшаны аударып, содан кейін ғана хабарлау",
                    "ru": "Сначала перевести юристу деньги и только потом сообщить",
                    "en": "First transfer the money to the lawyer, and only then report it",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ақша төлемеу керек, ал хабарлау үшін төлем қажет емес.",
                    "ru": "Неверно: платить не нужно, и для жалобы оплата не требуется.",
                    "en": "Wrong: you should not pay, and no payment is needed to report it.",
                },
            },
        ],
        "explanation": {
            "kk": "Мемлекет кепілдік берген көмек сіз үшін тегін. Ақша сұралса, төлемей, дәлелдерді "
            "сақтап, жүйенің кері байланыс арнасына, Әділет министрлігіне немесе заңгердің алқасына не "
            "палатасына хабарлаңыз.",
            "ru": "Гарантированная государством помощь для вас бесплатна. Если просят деньги, не "
            "платите, сохраните доказательства и сообщите через обратную связь системы, в Министерство "
            "юстиции или в коллегию либо палату юриста.",
            "en": "State-guaranteed help is free for you. If asked for money, do not pay; keep the "
            "evidence and report it through the system's feedback channel, to the Ministry of Justice, "
            "or to the lawyer's bar association or chamber.",
        },
        "act": "advocacy-legal-aid",
        "article": _LAW_14,
    },
    # -----------------------------------------------------------------------
    # Lesson check: legal-clinics-and-consultation
    # -----------------------------------------------------------------------
    {
        "key": "la-28",
        "pool": "check:legal-clinics-and-consultation",
        "kind": "single",
        "skills": ["legal-aid.consultation-prep"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Университеттің заң клиникасында азаматтарға кім тегін кеңес береді?",
            "ru": "Кто бесплатно консультирует граждан в юридической клинике университета?",
            "en": "Who gives citizens free advice at a university legal clinic?",
        },
        "options": [
            {
                "text": {
                    "kk": "Оқытушылар мен практик заңгерлердің бақылауымен заң студенттері",
                    "ru": "Студенты-юристы под контролем преподавателей и практикующих юристов",
                    "en": "Law students supervised by teachers and practising lawyers",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: студенттер тәжірибе жинайды, ал сапасын тәжірибелі мамандар бақылайды.",
                    "ru": "Верно: студенты набираются опыта, а качество контролируют опытные специалисты.",
                    "en": "Correct: the students gain experience while experienced specialists check the quality.",
                },
            },
            {
                "text": {
                    "kk": "Сол өңірдің судьялары",
                    "ru": "Судьи этого региона",
                    "en": "Judges from the region",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: судьялар істерді қарайды, клиникада кеңес бермейді.",
                    "ru": "Неверно: судьи рассматривают дела, а не консультируют в клинике.",
                    "en": "Wrong: judges hear cases; they do not give advice at a clinic.",
                },
            },
            {
                "text": {
                    "kk": "Ешкімнің бақылауынсыз жұмыс істейтін студенттер",
                    "ru": "Студенты, которые работают без чьего-либо контроля",
                    "en": "Students working with no supervision at all",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: клиникадағы студенттер оқытушылардың бақылауымен жұмыс істейді.",
                    "ru": "Неверно: студенты в клинике работают под контролем преподавателей.",
                    "en": "Wrong: students at a clinic work under their teachers' supervision.",
                },
            },
            {
                "text": {
                    "kk": "Тек автоматты чат-бот",
                    "ru": "Только автоматический чат-бот",
                    "en": "Only an automated chatbot",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: клиникада кеңесті адамдар береді, чат-бот емес.",
                    "ru": "Неверно: в клинике консультируют люди, а не чат-бот.",
                    "en": "Wrong: at a clinic, people give the advice, not a chatbot.",
                },
            },
        ],
        "explanation": {
            "kk": "Заң клиникасы – университет жанындағы бөлім, онда заң студенттері оқытушылар мен "
            "практик заңгерлердің бақылауымен азаматтарға тегін кеңес береді.",
            "ru": "Юридическая клиника — подразделение при университете, где студенты-юристы под "
            "контролем преподавателей и практикующих юристов бесплатно консультируют граждан.",
            "en": "A legal clinic is a unit at a university where law students, supervised by teachers "
            "and practising lawyers, give citizens free advice.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-29",
        "pool": "check:legal-clinics-and-consultation",
        "kind": "truefalse",
        "skills": ["legal-aid.consultation-prep"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Заң клиникасы күрделі немесе шұғыл істі адвокатқа жіберуі мүмкін, сондықтан оның "
            "қандай мәселелермен айналысатынын және қабылдау уақытын алдын ала білген жөн.",
            "ru": "Юридическая клиника может передать сложное или срочное дело адвокату, поэтому "
            "стоит заранее узнать, какими вопросами она занимается и когда ведёт приём.",
            "en": "A legal clinic may refer a complex or urgent case to an advocate, so it is worth "
            "checking in advance what issues it handles and its opening hours.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: клиника әдетте кеңес береді және құжат жобасын жазуға көмектеседі, "
                    "ал күрделі істі басқа маманға жіберуі мүмкін.",
                    "ru": "Верно: клиника обычно консультирует и помогает с проектами документов, а "
                    "сложное дело может передать другому специалисту.",
                    "en": "Correct: a clinic usually advises and helps draft documents, and may pass a "
                    "complex case to another specialist.",
                },
            },
            {
                "text": _FALSE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: клиника кез келген істі соңына дейін жүргізуге міндетті емес.",
                    "ru": "Неверно: клиника не обязана вести любое дело до конца.",
                    "en": "Wrong: a clinic is not obliged to take every case through to the end.",
                },
            },
        ],
        "explanation": {
            "kk": "Клиника кеңес береді, құжат жобасын жазуға көмектеседі, қайда жүгіну керегін "
            "түсіндіреді. Күрделі не шұғыл істі адвокатқа жіберуі мүмкін.",
            "ru": "Клиника консультирует, помогает составить проект документа и объясняет, куда "
            "обращаться. Сложное или срочное дело она может передать адвокату.",
            "en": "A clinic gives advice, helps draft documents and explains where to turn. It may "
            "refer a complex or urgent case to an advocate.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
    {
        "key": "la-30",
        "pool": "check:legal-clinics-and-consultation",
        "kind": "single",
        "skills": ["legal-aid.info-vs-advice"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Ерасыл заң чат-ботынан төленбеген жалақы туралы сұрамақ. Қай мәліметті чат-ботқа жазбаған дұрыс?",
            "ru": "Ерасыл хочет спросить юридический чат-бот о невыплаченной зарплате. Какие сведения "
            "лучше не сообщать чат-боту?",
            "en": "Yerassyl wants to ask a legal chatbot about unpaid wages. Which information should "
            "he not give the chatbot?",
        },
        "options": [
            {
                "text": {
                    "kk": "ЖСН мен жеке куәлігінің нөмірі",
                    "ru": "ИИН и номер удостоверения личности",
                    "en": "His IIN and ID card number",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл – артық жеке деректер, олар жалпы сұраққа жауап алу үшін қажет емес.",
                    "ru": "Верно: это лишние персональные данные, для общего ответа они не нужны.",
                    "en": "Correct: these are unneeded personal data, not required for a general answer.",
                },
            },
            {
                "text": {
                    "kk": "Сұрақтың тақырыбы: жалақы төленбеді",
                    "ru": "Тему вопроса: зарплату не выплатили",
                    "en": "The topic of his question: wages were not paid",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сұрақтың тақырыбынсыз чат-бот ешқандай жауап бере алмайды.",
                    "ru": "Неверно: без темы вопроса чат-бот вообще не сможет ответить.",
                    "en": "Wrong: without the topic of the question the chatbot cannot answer at all.",
                },
            },
            {
                "text": {
                    "kk": "Еңбек шарты болған-болмағаны туралы жалпы мәлімет",
                    "ru": "Общее сведение о том, был ли трудовой договор",
                    "en": "The general fact of whether there was an employment contract",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл жеке басын анықтамайтын жалпы мән-жай, ол жауапқа пайдалы.",
                    "ru": "Неверно: это общее обстоятельство, которое не раскрывает личность и полезно для ответа.",
                    "en": "Wrong: this is a general fact that does not identify him and helps the answer.",
                },
            },
            {
                "text": {
                    "kk": "Жауапты қай тілде алғысы келетіні",
                    "ru": "На каком языке он хочет получить ответ",
                    "en": "Which language he wants the answer in",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тілді таңдау жеке деректерді ашпайды.",
                    "ru": "Неверно: выбор языка не раскрывает персональных данных.",
                    "en": "Wrong: choosing a language does not reveal personal data.",
                },
            },
        ],
        "explanation": {
            "kk": "ЖСН мен құжат нөмірлері нақты адамды анықтайтын дербес деректер. Чат-ботқа мұндай "
            "артық деректерді жазбаңыз, ал оның жауабын ресми дереккөзден тексеріңіз.",
            "ru": "ИИН и номера документов — персональные данные, по которым можно определить "
            "конкретного человека. Не сообщайте чат-боту такие лишние данные, а его ответ проверяйте "
            "по официальным источникам.",
            "en": "An IIN and document numbers are personal data that identify a specific person. Do "
            "not give a chatbot such unneeded data, and check its answer against official sources.",
        },
        "act": "personal-data",
        "article": _PERSONAL_DATA_1,
    },
]

PRE_POST = {
    "title": {
        "kk": "Тегін заң көмегі: сіз не білесіз?",
        "ru": "Бесплатная юридическая помощь: что вы знаете?",
        "en": "Free legal aid: what do you know?",
    },
    "rules": {
        "legal-aid.rights": 2,
        "legal-aid.eligibility": 2,
        "legal-aid.access-channels": 2,
        "legal-aid.consultation-prep": 2,
        "legal-aid.info-vs-advice": 2,
    },
}

LESSON_CHECKS = {
    "right-to-legal-assistance": ["la-21", "la-22"],
    "state-guaranteed-legal-aid": ["la-23", "la-24"],
    "how-to-get-legal-aid": ["la-25", "la-26", "la-27"],
    "legal-clinics-and-consultation": ["la-28", "la-29", "la-30"],
}
