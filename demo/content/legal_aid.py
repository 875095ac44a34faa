"""Demo course: free legal aid and access to justice (topic "legal-aid").

Kazakh (kk) is the source text; Russian (ru) and English (en) are translations
with the same blocks in the same order. Facts come from shared/DOMAIN.md and
the seed article on free legal aid; the wording is our own.
"""

SKILLS = [
    {
        "code": "legal-aid.rights",
        "name": {
            "kk": "Білікті заң көмегін алу құқығын түсіну",
            "ru": "Понимание права на квалифицированную юридическую помощь",
            "en": "Understanding the right to qualified legal assistance",
        },
    },
    {
        "code": "legal-aid.eligibility",
        "name": {
            "kk": "Тегін заң көмегінің түрлері мен оны алу құқығын анықтау",
            "ru": "Определение форм бесплатной юридической помощи и права на неё",
            "en": "Identifying the forms of free legal aid and who is entitled to it",
        },
    },
    {
        "code": "legal-aid.access-channels",
        "name": {
            "kk": "Тегін заң көмегінің мемлекеттік арналарын қауіпсіз пайдалану",
            "ru": "Безопасное использование государственных каналов бесплатной юридической помощи",
            "en": "Using the state channels of free legal aid safely",
        },
    },
    {
        "code": "legal-aid.consultation-prep",
        "name": {
            "kk": "Заң клиникасына жүгіну және консультацияға дайындалу",
            "ru": "Обращение в юридическую клинику и подготовка к консультации",
            "en": "Using a legal clinic and preparing for a consultation",
        },
    },
    {
        "code": "legal-aid.info-vs-advice",
        "name": {
            "kk": "Автоматтандырылған құқықтық ақпарат пен заң кеңесін ажырату",
            "ru": "Различие между автоматизированной правовой информацией и юридической консультацией",
            "en": "Telling automated legal information apart from legal advice",
        },
    },
]


# ---------------------------------------------------------------------------
# Lesson 1. The right to qualified legal assistance
# ---------------------------------------------------------------------------

LESSON_RIGHT = {
    "slug": "right-to-legal-assistance",
    "estimated_minutes": 10,
    "skills": ["legal-aid.rights"],
    "title": {
        "kk": "Білікті заң көмегін алу құқығы",
        "ru": "Право на квалифицированную юридическую помощь",
        "en": "The right to qualified legal assistance",
    },
    "objectives": {
        "kk": [
            "Конституцияның 13-бабының 3-тармағында бекітілген құқықтың мәнін өз сөзіңізбен түсіндіру.",
            "Заң көмегінің сот төрелігіне қол жеткізу үшін неге маңызды екенін түсіну.",
            "Азаматтық және саяси құқықтар туралы халықаралық пактідегі тегін қорғаушыға қатысты стандартты білу.",
        ],
        "ru": [
            "Объяснять своими словами суть права, закреплённого в пункте 3 статьи 13 Конституции.",
            "Понимать, почему юридическая помощь важна для доступа к правосудию.",
            "Знать стандарт Международного пакта о гражданских и политических правах о бесплатном защитнике.",
        ],
        "en": [
            "Explain in your own words the right set out in Article 13(3) of the Constitution.",
            "Understand why legal assistance matters for access to justice.",
            "Know the standard on free defence counsel in the International Covenant on Civil and Political Rights.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Құқықты білу бар, оны қорғай алу бар"),
            ("paragraph",
             "<p>Көп адам өз құқығының бұзылғанын сезеді, бірақ оны қалай қорғау керегін білмейді. Талап "
             "арызды жазу, дәлел жинау, мерзімді сақтау арнайы білімді талап етеді, ал ақылы заңгердің қызметі "
             "әркімнің қалтасы көтере бермейтін шығын. Сот пен адвокат алыста орналасқан шалғай ауылдарда бұл "
             "одан да қиын.</p>"
             "<p>Заң көмегін ала алмаған адам іс жүзінде сот төрелігінен де шет қалады. Сондықтан бұл құқық "
             "басқа құқықтардың бәрін қорғаудың кілті болып табылады.</p>"),
            ("legal_provision", {
                "act": "constitution",
                "article": "13-бап, 3-тармақ",
                "excerpt": "Әркім білікті заң көмегін алуға құқылы. Заңда көзделген жағдайларда "
                           "мұндай көмек ақысыз көрсетіледі.",
            }),
            ("key_term", {
                "term": "Білікті заң көмегі",
                "definition": "Адвокат немесе заң консультанты сияқты арнайы даярлығы бар маман "
                              "көрсететін кәсіби көмек: кеңес беру, құжат дайындау, сотта және "
                              "мемлекеттік органдарда өкілдік ету.",
            }),
            ("callout", {
                "kind": "info",
                "title": "«Тегін» сөзіне назар аударыңыз",
                "text": "Конституция заң көмегін алу құқығына әркімге кепілдік береді, бірақ "
                        "көмек тек заңда көзделген жағдайларда ғана тегін. Кімге және қандай "
                        "тегін көмек берілетінін «Адвокаттық қызмет және заң көмегі туралы» Заң "
                        "айқындайды.",
            }),
            ("heading", "Халықаралық стандарт"),
            ("paragraph",
             "<p>Қазақстан Азаматтық және саяси құқықтар туралы халықаралық пактіні 2005 жылғы 28 "
             "қарашадағы № 91 Заңмен ратификациялады. Пактінің 14-бабы әділ сот талқылауына "
             "кепілдік береді, ал оның 3-тармағының d) тармақшасы қылмыстық айып тағылған "
             "адамдарға қатысты. Негізгі ойы қарапайым: ақшасының жоқтығы адамды қорғаусыз "
             "қалдырмауға тиіс.</p>"),
            ("legal_provision", {
                "act": "iccpr",
                "article": "14-бап, 3-тармақ, d) тармақшасы",
                "excerpt": "Қылмыстық айып тағылған адам қорғаушының көмегіне құқылы. Сот төрелігінің "
                           "мүддесі талап етсе, оған қорғаушы тағайындалады, ал төлеуге қаражаты жетпесе, "
                           "көмек ақысыз көрсетіледі.",
            }),
            ("case", {
                "title": "Алматылық студенттің кепіл ақшасы",
                "situation": "Алматыда оқитын Айгерім жалдаған пәтерінен шыққанда, үй иесі кепіл "
                             "ақшасын қайтармады. Айгерімнің стипендиядан басқа табысы жоқ, ақылы "
                             "адвокатқа қаражаты жетпейді.",
                "question": "Конституциядағы құқық мемлекет оған міндетті түрде тегін адвокат "
                            "береді дегенді білдіре ме?",
                "answer": "Жоқ, міндетті түрде емес. Бұл құқыққа әркімге кепілдік берілген, бірақ "
                          "көмек тек заңда көзделген жағдайларда ғана тегін. Айгерім құқықтық "
                          "ақпаратты тегін ала алады, заңда аталған санаттарға "
                          "жататын-жатпайтынын тексере алады немесе университеттің заң "
                          "клиникасына жүгіне алады.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Бұл заң кеңесі емес",
                "text": "Сабақ нақты ісіңіз бойынша кеңес емес, жалпы құқықтық ақпарат береді. "
                        "Заңдардың қолданыстағы мәтінін adilet.zan.kz сайтынан тексеріңіз.",
            }),
        ],
        "ru": [
            ("heading", "Знать своё право и уметь его защитить — не одно и то же"),
            ("paragraph",
             "<p>Многие чувствуют, что их права нарушены, но не знают, как их защитить. Составить исковое "
             "заявление, собрать доказательства и соблюсти сроки без специальных знаний трудно, а платный "
             "юрист по карману не каждому. В отдалённых сёлах, где суд и адвокат далеко, это ещё сложнее.</p>"
             "<p>Человек, который не может получить юридическую помощь, на деле остаётся и без доступа к "
             "правосудию. Поэтому это право — ключ к защите всех остальных прав.</p>"),
            ("legal_provision", {
                "act": "constitution",
                "article": "Статья 13, пункт 3",
                "excerpt": "Каждый имеет право на получение квалифицированной юридической помощи. В случаях, "
                           "предусмотренных законом, такая помощь оказывается бесплатно.",
            }),
            ("key_term", {
                "term": "Квалифицированная юридическая помощь",
                "definition": "Профессиональная помощь подготовленного специалиста, например "
                              "адвоката или юридического консультанта: консультирование, "
                              "подготовка документов, представительство в суде и государственных "
                              "органах.",
            }),
            ("callout", {
                "kind": "info",
                "title": "Обратите внимание на слово «бесплатно»",
                "text": "Конституция гарантирует право на юридическую помощь каждому, но "
                        "бесплатна она только в случаях, предусмотренных законом. Кто и какую "
                        "бесплатную помощь получает, определяет Закон «Об адвокатской "
                        "деятельности и юридической помощи».",
            }),
            ("heading", "Международный стандарт"),
            ("paragraph",
             "<p>Казахстан ратифицировал Международный пакт о гражданских и политических правах "
             "Законом № 91 от 28 ноября 2005 года. Статья 14 Пакта гарантирует справедливое "
             "судебное разбирательство, а подпункт d) её пункта 3 касается лиц, которым "
             "предъявлено уголовное обвинение. Главная мысль проста: отсутствие денег не должно "
             "оставлять человека без защиты.</p>"),
            ("legal_provision", {
                "act": "iccpr",
                "article": "Статья 14, пункт 3, подпункт d)",
                "excerpt": "Человек, которому предъявлено уголовное обвинение, имеет право на помощь защитника. "
                           "Если этого требуют интересы правосудия, защитник ему назначается, а при нехватке "
                           "средств на оплату помощь оказывается бесплатно.",
            }),
            ("case", {
                "title": "Залог студентки из Алматы",
                "situation": "Айгерим учится в Алматы. Когда она съехала со съёмной квартиры, "
                             "хозяин не вернул залог. Кроме стипендии, у неё нет доходов, и на "
                             "платного адвоката денег не хватает.",
                "question": "Значит ли конституционное право, что государство обязательно даст ей "
                            "бесплатного адвоката?",
                "answer": "Нет, не обязательно. Это право гарантировано каждому, но бесплатной "
                          "помощь бывает только в случаях, предусмотренных законом. Айгерим может "
                          "бесплатно получить правовую информацию, проверить, относится ли она к "
                          "категориям, названным в законе, или обратиться в юридическую клинику "
                          "университета.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Это не юридическая консультация",
                "text": "Урок даёт общую правовую информацию, а не консультацию по вашему делу. "
                        "Действующий текст законов проверяйте на adilet.zan.kz.",
            }),
        ],
        "en": [
            ("heading", "Knowing your rights is not the same as defending them"),
            ("paragraph",
             "<p>Many people feel their rights have been violated but do not know how to defend "
             "them. Drafting a statement of claim, collecting evidence and meeting deadlines "
             "require special knowledge, and a private lawyer is not something everyone can "
             "afford. It is even harder in remote villages, where the court and the advocate are "
             "far away.</p><p>A person who cannot get legal assistance is, in practice, also cut "
             "off from justice. That is why this right is the key to protecting all other "
             "rights.</p>"),
            ("legal_provision", {
                "act": "constitution",
                "article": "Article 13(3)",
                "excerpt": "Everyone has the right to receive qualified legal assistance. In the cases provided "
                           "for by law, such assistance is given free of charge.",
            }),
            ("key_term", {
                "term": "Qualified legal assistance",
                "definition": "Professional help from a trained specialist such as an advocate or "
                              "legal consultant: advice, drafting documents, and representation "
                              "in court and before state bodies.",
            }),
            ("callout", {
                "kind": "info",
                "title": "Note the word “free”",
                "text": "The Constitution guarantees everyone the right to legal assistance, but "
                        "it is free only in the cases provided for by law. The Law on Advocacy "
                        "and Legal Aid sets out who gets free help and what kind.",
            }),
            ("heading", "The international standard"),
            ("paragraph",
             "<p>Kazakhstan ratified the International Covenant on Civil and Political Rights by "
             "Law No. 91 of 28 November 2005. Article 14 of the Covenant guarantees a fair trial, "
             "and its paragraph 3(d) concerns people charged with a criminal offence. The main "
             "idea is simple: lack of money must not leave a person without a defence.</p>"),
            ("legal_provision", {
                "act": "iccpr",
                "article": "Article 14(3)(d)",
                "excerpt": "A person facing a criminal charge has the right to the help of defence counsel. Where "
                           "the interests of justice require, counsel is assigned, and if the person lacks the "
                           "means to pay, the help is free.",
            }),
            ("case", {
                "title": "An Almaty student's deposit",
                "situation": "Aigerim studies in Almaty. When she moved out of her rented flat, "
                             "the landlord kept her deposit. Apart from her stipend she has no "
                             "income, and she cannot afford a private advocate.",
                "question": "Does the constitutional right mean that the state must give her a "
                            "free advocate?",
                "answer": "No, not necessarily. The right is guaranteed to everyone, but the help "
                          "is free only in the cases provided for by law. Aigerim can get legal "
                          "information free of charge, check whether she falls into a category "
                          "named in the law, or turn to her university's legal clinic.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "This is not legal advice",
                "text": "This lesson gives general legal information, not advice on your case. "
                        "Check the current text of laws on adilet.zan.kz.",
            }),
        ],
    },
}


# ---------------------------------------------------------------------------
# Lesson 2. State-guaranteed free legal aid: who and in what form
# ---------------------------------------------------------------------------

LESSON_STATE_AID = {
    "slug": "state-guaranteed-legal-aid",
    "estimated_minutes": 12,
    "skills": ["legal-aid.rights", "legal-aid.eligibility"],
    "title": {
        "kk": "Мемлекет кепілдік берген тегін заң көмегі",
        "ru": "Гарантированная государством бесплатная юридическая помощь",
        "en": "State-guaranteed free legal aid",
    },
    "objectives": {
        "kk": [
            "«Адвокаттық қызмет және заң көмегі туралы» Заңның тегін көмекке қатысты негізгі ережелерін атау.",
            "Азаматтық істер бойынша тегін заң көмегінің екі түрін ажырату.",
            "Тегін көмек алуға құқығыңыздың бар-жоғын қалай тексеруге болатынын білу.",
        ],
        "ru": [
            "Называть основные положения Закона «Об адвокатской деятельности и юридической помощи», "
            "касающиеся бесплатной помощи.",
            "Различать две формы бесплатной юридической помощи по гражданским делам.",
            "Знать, как проверить, есть ли у вас право на бесплатную помощь.",
        ],
        "en": [
            "Name the main provisions of the Law on Advocacy and Legal Aid that concern free help.",
            "Tell apart the two forms of free legal aid in civil matters.",
            "Know how to check whether you are entitled to free help.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Заң не дейді?"),
            ("paragraph",
             "<p>Конституциядағы құқық 2018 жылғы 5 шілдедегі № 176-VI «Адвокаттық қызмет және заң көмегі "
             "туралы» Заңда нақтыланған. Оның 14-бабы заң көмегінің мақсаттарын белгілейді: мәні – адамдарға "
             "өз құқықтары мен заңды мүдделерін қорғауға және іске асыруға көмектесу. Бұл көмектің бір бөлігіне "
             "мемлекет кепілдік береді, ал оны алатын адам үшін ол тегін.</p>"),
            ("key_term", {
                "term": "Мемлекет кепілдік берген заң көмегі",
                "definition": "Заңда аталған адамдар заңда белгіленген жағдайларда тегін алатын "
                              "заң көмегі.",
            }),
            ("legal_provision", {
                "act": "advocacy-legal-aid",
                "article": "26-бап",
                "excerpt": "Мемлекет кепілдік берген заң көмегі құқықтық ақпарат беру түрінде жеке тұлғаларға "
                           "да, заңды тұлғаларға да тегін көрсетіледі.",
            }),
            ("callout", {
                "kind": "tip",
                "title": "Құқықтық ақпарат бәріне тегін",
                "text": "Заңда аталған санаттарға жатпасаңыз да, құқықтық ақпаратты тегін ала "
                        "аласыз: мысалы, жағдайыңызға қандай заң қолданылатыны және қайда жүгіну "
                        "керегі туралы жалпы түсіндірме.",
            }),
            ("heading", "Азаматтық істердегі екі түрі"),
            ("paragraph",
             "<p>Азаматтық істер бойынша мемлекет кепілдік берген тегін заң көмегінің екі түрі бар:</p>"
             "<ol><li><b>Құқықтық кеңес беру.</b> Маман ауызша немесе жазбаша түсіндірме береді, сондай-ақ "
             "өтініш, шағым және құқықтық сипаттағы басқа да құжаттарды жасауға көмектеседі.</li>"
             "<li><b>Өкілдік ету.</b> Маман сотта, мемлекеттік органдарда және ұйымдарда адамның мүддесін "
             "білдіріп, оны қорғайды.</li></ol>"
             "<p>Заң тегін көмек алуға құқығы бар адамдардың санаттарын белгілейді: кейбіреулері кеңеспен "
             "қатар сотта өкілдік етуге де құқылы, ал басқаларына тек кеңес қарастырылған. Тізім өзгеруі мүмкін, "
             "сондықтан Заңның қолданыстағы мәтінін adilet.zan.kz сайтынан тексеріңіз немесе заң көмегінің "
             "ресми арналары арқылы нақтылаңыз.</p>"),
            ("case", {
                "title": "Түркістан облысындағы зейнеткер",
                "situation": "Түркістан облысының шалғай ауданында тұратын зейнеткер Бақытжан "
                             "ағай жер телімінің шекарасы үшін көршісімен дауласып қалды, көршісі "
                             "сотқа бермек. Ағайдың жалғыз табысы – зейнетақы, ал аудан "
                             "орталығындағы адвокаттардың қызметі қымбат.",
                "question": "Бақытжан ағай қандай тегін көмек сұрай алады?",
                "answer": "Алдымен ол тегін құқықтық кеңес сұрап, жағдайын түсіндіріп, сотқа қажетті "
                          "құжаттарды дайындауға көмек ала алады. Сотта оның мүддесін тегін адвокат білдіре ме, "
                          "жоқ па – бұл оның заңда аталған санатқа жататынына байланысты; мұны өтініш берген "
                          "кезде немесе Заңның қолданыстағы мәтінінен анықтайды. Өкілдікке құқығы болмаса да, "
                          "дұрыс кеңес пен сауатты жазылған құжаттар оған көп көмектеседі.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Естігенге емес, ресми мәтінге сеніңіз",
                "text": "Тегін көмек кімге берілетіні туралы әлеуметтік желіге не естіген сөзге "
                        "сүйенбеңіз: Заңның ресми мәтінін тексеріңіз немесе мемлекеттік арна "
                        "арқылы нақтылаңыз.",
            }),
        ],
        "ru": [
            ("heading", "Что говорит закон?"),
            ("paragraph",
             "<p>Конституционное право конкретизировано в Законе «Об адвокатской деятельности и юридической "
             "помощи» № 176-VI от 5 июля 2018 года. Его статья 14 определяет цели юридической помощи: по сути, "
             "помочь людям защитить и реализовать свои права и законные интересы. Часть этой помощи "
             "гарантирует государство, и для того, кто её получает, она бесплатна.</p>"),
            ("key_term", {
                "term": "Гарантированная государством юридическая помощь",
                "definition": "Юридическая помощь, которую названные в законе лица получают "
                              "бесплатно в установленных законом случаях.",
            }),
            ("legal_provision", {
                "act": "advocacy-legal-aid",
                "article": "Статья 26",
                "excerpt": "Гарантированная государством юридическая помощь в виде правового информирования "
                           "оказывается бесплатно как физическим, так и юридическим лицам.",
            }),
            ("callout", {
                "kind": "tip",
                "title": "Правовая информация бесплатна для всех",
                "text": "Даже если вы не относитесь к категориям, названным в законе, вы можете "
                        "бесплатно получить правовую информацию, например общее разъяснение о "
                        "том, какой закон применяется к вашей ситуации и куда обращаться.",
            }),
            ("heading", "Две формы помощи по гражданским делам"),
            ("paragraph",
             "<p>По гражданским делам гарантированная государством бесплатная юридическая помощь бывает двух "
             "видов:</p>"
             "<ol><li><b>Правовое консультирование.</b> Специалист даёт устное или письменное разъяснение, а "
             "также помогает составить заявления, жалобы и другие документы правового характера.</li>"
             "<li><b>Представительство.</b> Специалист представляет и защищает интересы человека в суде, "
             "государственных органах и организациях.</li></ol>"
             "<p>Закон устанавливает категории лиц, имеющих право на бесплатную помощь: одним положены и "
             "консультация, и представительство в суде, другим — только консультация. Перечень может меняться, "
             "поэтому проверяйте действующий текст Закона на сайте adilet.zan.kz или уточняйте через "
             "официальные каналы юридической помощи.</p>"),
            ("case", {
                "title": "Пенсионер из Туркестанской области",
                "situation": "Бахытжан-ага, пенсионер из отдалённого района Туркестанской "
                             "области, спорит с соседом о границе земельного участка, и сосед "
                             "собирается подать в суд. Его единственный доход — пенсия, а услуги "
                             "адвокатов в районном центре дороги.",
                "question": "Какую бесплатную помощь может попросить Бахытжан-ага?",
                "answer": "Сначала он может попросить бесплатную правовую консультацию: объяснить ситуацию и "
                          "получить помощь в подготовке документов для суда. Будет ли его интересы в суде "
                          "бесплатно представлять адвокат, зависит от того, относится ли он к категории, "
                          "названной в законе; это выясняется при подаче заявки или по действующему тексту "
                          "Закона. Даже без представительства верный совет и грамотно составленные документы "
                          "ему очень помогут.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Доверяйте официальному тексту, а не слухам",
                "text": "Не полагайтесь на соцсети и слухи о том, кому положена бесплатная "
                        "помощь: проверьте официальный текст Закона или уточните через "
                        "государственный канал.",
            }),
        ],
        "en": [
            ("heading", "What does the law say?"),
            ("paragraph",
             "<p>The constitutional right is set out in detail in the Law on Advocacy and Legal Aid, "
             "No. 176-VI of 5 July 2018. Its Article 14 defines the aims of legal aid: in essence, to help "
             "people protect and exercise their rights and lawful interests. Part of this aid is guaranteed by "
             "the state, and it is free for the person who receives it.</p>"),
            ("key_term", {
                "term": "State-guaranteed legal aid",
                "definition": "Legal aid that the persons named in the law receive free of charge "
                              "in the cases the law sets out.",
            }),
            ("legal_provision", {
                "act": "advocacy-legal-aid",
                "article": "Article 26",
                "excerpt": "State-guaranteed legal aid in the form of legal information is provided free of "
                           "charge to both individuals and legal entities.",
            }),
            ("callout", {
                "kind": "tip",
                "title": "Legal information is free for everyone",
                "text": "Even outside the categories named in the law, you can get legal "
                        "information free of charge, such as a general explanation of which law "
                        "applies to your situation and where to turn.",
            }),
            ("heading", "Two forms of help in civil matters"),
            ("paragraph",
             "<p>In civil matters, state-guaranteed free legal aid takes two forms:</p>"
             "<ol><li><b>Legal consultation.</b> A specialist gives an oral or written explanation and helps "
             "draft applications, complaints and other legal documents.</li>"
             "<li><b>Representation.</b> A specialist represents and defends the person's interests in court "
             "and before state bodies and organisations.</li></ol>"
             "<p>The law sets out the categories of people entitled to free help: some may receive both "
             "consultation and representation in court, others consultation only. The list can change, so "
             "check the current text of the Law on adilet.zan.kz or confirm it through the official legal aid "
             "channels.</p>"),
            ("case", {
                "title": "A pensioner in Turkistan region",
                "situation": "Bakhytzhan-aga, a pensioner in a remote district of Turkistan "
                             "region, is in a boundary dispute with his neighbour, who plans to "
                             "go to court. His only income is his pension, and advocates in the "
                             "district centre are expensive.",
                "question": "What free help can Bakhytzhan-aga ask for?",
                "answer": "First, he can ask for a free legal consultation: explain his situation and get help "
                          "preparing documents for court. Whether a free advocate will represent him in court "
                          "depends on whether he falls into a category named in the law; this is established "
                          "when he applies or from the current text of the Law. Even without representation, "
                          "sound advice and well-drafted documents will help him a lot.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Trust the official text, not hearsay",
                "text": "Do not rely on social media or hearsay about who gets free help: check "
                        "the official text of the Law or confirm it through a state channel.",
            }),
        ],
    },
}


# An adapted passage (plain and detailed versions; the tutor picks one per learner, docs/tutor.md).
ELIGIBILITY_CHECK = {
    "kk": {
        "plain": [
            ("heading", "Маған тегін көмек тиесілі ме?"),
            ("paragraph",
             "<p>Қысқасы: құқықтық ақпарат бәріне тегін. Кеңес пен сотта өкілдік – заңда аталған адамдарға ғана. "
             "Өзіңізді тексеру үшін 1414 нөміріне қоңырау шалыңыз немесе adilet.zan.kz сайтынан Заңның "
             "қазіргі мәтінін қараңыз.</p>"),
        ],
        "detailed": [
            ("heading", "Маған тегін көмек тиесілі ме?"),
            ("paragraph",
             "<p>Көмектің үш деңгейін ажыратыңыз. Құқықтық ақпарат (қандай заң қолданылады, қайда жүгіну керек) "
             "Заңның 26-бабы бойынша кез келген адамға тегін. Құқықтық кеңес пен құжат дайындауға көмек – "
             "Заңда аталған санаттарға тегін. Сотта және мемлекеттік органдарда өкілдік ету – сол санаттардың "
             "бір бөлігіне ғана. Тізім өзгеруі мүмкін, сондықтан өтініш берер алдында Заңның қазіргі мәтінін "
             "adilet.zan.kz сайтынан тексеріңіз немесе 1414 арқылы нақтылаңыз.</p>"),
        ],
    },
    "ru": {
        "plain": [
            ("heading", "Положена ли мне бесплатная помощь?"),
            ("paragraph",
             "<p>Коротко: правовая информация бесплатна для всех. Консультация и представительство в суде – "
             "только для тех, кто назван в законе. Чтобы проверить себя, позвоните 1414 или посмотрите "
             "действующий текст Закона на adilet.zan.kz.</p>"),
        ],
        "detailed": [
            ("heading", "Положена ли мне бесплатная помощь?"),
            ("paragraph",
             "<p>Различайте три уровня помощи. Правовая информация (какой закон применяется, куда обращаться) "
             "по статье 26 Закона бесплатна для любого человека. Правовое консультирование и помощь в "
             "составлении документов бесплатны для категорий, названных в Законе. Представительство в суде и "
             "государственных органах – только для части этих категорий. Перечень может меняться, поэтому перед "
             "обращением проверьте действующий текст Закона на adilet.zan.kz или уточните через 1414.</p>"),
        ],
    },
    "en": {
        "plain": [
            ("heading", "Am I entitled to free help?"),
            ("paragraph",
             "<p>In short: legal information is free for everyone. Consultation and representation in court are "
             "free only for the people the law names. To check, call 1414 or read the current text of the Law "
             "on adilet.zan.kz.</p>"),
        ],
        "detailed": [
            ("heading", "Am I entitled to free help?"),
            ("paragraph",
             "<p>Tell three levels of help apart. Legal information (which law applies, where to turn) is free "
             "for anyone under Article 26 of the Law. Legal consultation and help with drafting documents are "
             "free for the categories the Law names. Representation in court and before state bodies is free "
             "for only some of those categories. The list can change, so before you apply, check the current "
             "text of the Law on adilet.zan.kz or confirm it through 1414.</p>"),
        ],
    },
}
for _code, _passage in ELIGIBILITY_CHECK.items():
    LESSON_STATE_AID["body"][_code].append(("adaptive", _passage))


# ---------------------------------------------------------------------------
# Lesson 3. How to get help: E-Zan komegi, Zan komegi app, 1414
# ---------------------------------------------------------------------------

LESSON_CHANNELS = {
    "slug": "how-to-get-legal-aid",
    "estimated_minutes": 12,
    "skills": ["legal-aid.access-channels"],
    "title": {
        "kk": "Тегін заң көмегін қалай алуға болады",
        "ru": "Как получить бесплатную юридическую помощь",
        "en": "How to get free legal aid",
    },
    "objectives": {
        "kk": [
            "Тегін заң көмегіне жүгінудің мемлекеттік арналарын атау.",
            "Бұл арналарда жиі кездесетін қиындықтарды тану.",
            "Тегін көмек үшін ақша сұралған жағдайда не істеу керегін білу.",
        ],
        "ru": [
            "Называть государственные каналы обращения за бесплатной юридической помощью.",
            "Распознавать частые проблемы этих каналов.",
            "Знать, что делать, если за бесплатную помощь требуют деньги.",
        ],
        "en": [
            "Name the state channels for requesting free legal aid.",
            "Recognise common problems with these channels.",
            "Know what to do if you are asked to pay for free help.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Мемлекеттік арналар"),
            ("paragraph",
             "<p>Тегін заң көмегіне бірнеше жолмен жүгінуге болады:</p><ul><li><b>«Е-Заң "
             "көмегі»</b> – Әділет министрлігі порталындағы (eup.adilet.gov.kz) онлайн жүйе, онда "
             "кеңес сұрайсыз.</li><li><b>«Zan komegi» мобильдік қосымшасы</b> – оны Play Market "
             "немесе App Store дүкенінен жүктеп, жеке деректеріңізбен тіркелесіз.</li><li><b>1414 "
             "бірыңғай байланыс орталығы</b> – ол да кеңес алуға өтініш қабылдайды.</li></ul>"),
            ("key_term", {
                "term": "Заң көмегінің бірыңғай ақпараттық жүйесі",
                "definition": "Заң көмегін ұйымдастыруға арналған мемлекеттік цифрлық жүйе; "
                              "«Е-Заң көмегі» – білікті заң көмегін онлайн әрі тегін көрсету үшін "
                              "жасалған осындай жүйе.",
            }),
            ("legal_provision", {
                "act": "advocacy-legal-aid",
                "article": "24-бап",
                "excerpt": "Бап заң көмегінің бірыңғай ақпараттық жүйесін реттейді; «Е-Заң көмегі» осы "
                           "норманы іске асыру үшін әзірленген.",
            }),
            ("heading", "Іс жүзіндегі қиындықтар"),
            ("paragraph",
             "<p>Пайдаланушылардың пікірлері жүйенің кемшіліктерін көрсетеді: кеңестің сапасы бақыланбайды, "
             "өтінішке кейде жауап келмейді, кері байланыс жоқ, 1414 нөміріне қосылу қиын, қазақ тілінде кеңес "
             "алу оңай емес. Ең алаңдатарлығы – көмек тегін деп жарияланса да, кейбір заңгерлер ақша "
             "сұрайды.</p>"),
            ("callout", {
                "kind": "warning",
                "title": "Мемлекет кепілдік берген көмек үшін ақша төлемеңіз",
                "text": "Мемлекет кепілдік берген көмек сіз үшін тегін. Заңгер ақы, «алғыс» "
                        "немесе «құжат жазу ақысын» сұраса, төлемеңіз. Аты-жөнін, күнін және не "
                        "айтқанын жазып, скриншоттарды сақтаңыз. Бұл туралы жүйенің кері байланыс "
                        "арнасына, Әділет министрлігіне немесе заңгердің адвокаттар алқасына не "
                        "заң консультанттары палатасына хабарлаңыз.",
            }),
            ("heading", "Қиындық туындаса, не істеу керек?"),
            ("paragraph",
             "<ul><li>Қазақ тілінде кеңес керек пе? Мұны өтініште бірден көрсетіңіз: қазақ тілі – "
             "мемлекеттік тіл. Ескерілмесе, кері байланыс қалдырыңыз.</li><li>Жауап келмеді ме? "
             "Өтінішті қайта беріп, әрқайсысының нөмірі мен күнін сақтаңыз.</li><li>Кеңеске "
             "көңіліңіз толмады ма? Екінші пікір сұраңыз, мысалы, университеттің заң "
             "клиникасынан.</li><li>Жеке деректерді тек ресми сайттар мен қосымшаларға "
             "енгізіңіз.</li></ul>"),
            ("case", {
                "title": "Ақтөбелік анаға қойылған шарт",
                "situation": "Ақтөбеде үш баласын жалғыз тәрбиелеп отырған Гүлнар алимент жөнінде кеңес алу "
                             "үшін «Е-Заң көмегі» арқылы өтініш берді. Хабарласқан заңгер кеңес тегін екенін, "
                             "бірақ сотқа арыз жазып беру 20 000 теңге тұратынын айтты.",
                "question": "Гүлнар бұл ақшаны төлеуге міндетті ме?",
                "answer": "Егер Гүлнар мемлекет кепілдік берген көмекті алып отырса, арыз жазу "
                          "құқықтық кеңестің бір бөлігі, сондықтан ол ақы төлемеуге тиіс. Ол бас "
                          "тартып, заңгердің аты-жөнін, күнін және айтқанын жазып алып, бұл "
                          "туралы хабарлай алады. Ал тегін көмек алатын санатқа жатпаса, заңгер "
                          "мұны ашық айтып, ақылы шарт ұсынуы керек. «Тегін көмек» үшін ақша "
                          "талап ету шағым түсіруге негіз болады.",
            }),
        ],
        "ru": [
            ("heading", "Государственные каналы"),
            ("paragraph",
             "<p>Обратиться за бесплатной юридической помощью можно несколькими "
             "способами:</p><ul><li><b>«Е-Заң көмегі» (E-Zan komegi)</b> — онлайн-система на "
             "портале Министерства юстиции (eup.adilet.gov.kz), где можно запросить "
             "консультацию.</li><li><b>Мобильное приложение «Zan komegi»</b> — скачайте его в "
             "Play Market или App Store и зарегистрируйтесь со своими персональными "
             "данными.</li><li><b>Единый контакт-центр 1414</b>, который тоже принимает запросы "
             "на консультацию.</li></ul>"),
            ("key_term", {
                "term": "Единая информационная система юридической помощи",
                "definition": "Государственная цифровая система для организации юридической "
                              "помощи; «Е-Заң көмегі» — такая система, созданная, чтобы оказывать "
                              "квалифицированную помощь онлайн и бесплатно.",
            }),
            ("legal_provision", {
                "act": "advocacy-legal-aid",
                "article": "Статья 24",
                "excerpt": "Статья регулирует единую информационную систему юридической помощи; «Е-Заң көмегі» "
                           "разработана для реализации этой нормы.",
            }),
            ("heading", "Проблемы на практике"),
            ("paragraph",
             "<p>Отзывы пользователей показывают недостатки системы: качество консультаций не контролируется, "
             "на заявку иногда не отвечают, обратной связи нет, до 1414 трудно дозвониться, получить "
             "консультацию на казахском языке непросто. Самое тревожное — хотя помощь объявлена бесплатной, "
             "некоторые юристы просят деньги.</p>"),
            ("callout", {
                "kind": "warning",
                "title": "Не платите за гарантированную государством помощь",
                "text": "Гарантированная государством помощь для вас бесплатна. Если юрист просит "
                        "оплату, «благодарность» или «плату за составление документа», не "
                        "платите. Запишите имя, дату и сказанное, сохраните скриншоты. Сообщите "
                        "об этом через обратную связь системы, в Министерство юстиции или в "
                        "коллегию адвокатов либо палату юридических консультантов, где состоит "
                        "юрист.",
            }),
            ("heading", "Что делать, если возникли трудности?"),
            ("paragraph",
             "<ul><li>Нужна консультация на казахском? Сразу укажите это в заявке: казахский — "
             "государственный язык. Если это не учли, оставьте отзыв.</li><li>Нет ответа? Подайте "
             "заявку повторно и сохраняйте номер и дату каждой.</li><li>Консультация не устроила? "
             "Попросите второе мнение, например в юридической клинике "
             "университета.</li><li>Вводите персональные данные только на официальных сайтах и в "
             "приложениях.</li></ul>"),
            ("case", {
                "title": "Условие для мамы из Актобе",
                "situation": "Гульнар из Актобе одна воспитывает троих детей. Она подала заявку через "
                             "«Е-Заң көмегі», чтобы получить консультацию по алиментам. Перезвонивший юрист "
                             "сказал, что консультация бесплатная, но составление заявления в суд стоит "
                             "20 000 тенге.",
                "question": "Обязана ли Гульнар платить?",
                "answer": "Если Гульнар получает гарантированную государством помощь, составление "
                          "заявления — часть правового консультирования, поэтому платить она не "
                          "должна. Она может отказаться, записать имя юриста, дату и сказанное и "
                          "сообщить об этом. Если же она не относится к категории, которой "
                          "положена бесплатная помощь, юрист должен прямо сказать об этом и "
                          "предложить платный договор. Требование денег за «бесплатную помощь» — "
                          "повод для жалобы.",
            }),
        ],
        "en": [
            ("heading", "State channels"),
            ("paragraph",
             "<p>You can ask for free legal aid in several ways:</p><ul><li><b>E-Zan komegi</b>, "
             "an online system on the Ministry of Justice portal (eup.adilet.gov.kz), where you "
             "can request a consultation.</li><li><b>The Zan komegi mobile app</b>: download it "
             "from Play Market or the App Store and register with your personal "
             "data.</li><li><b>The 1414 single contact centre</b>, which also takes requests for "
             "consultations.</li></ul>"),
            ("key_term", {
                "term": "Unified information system of legal aid",
                "definition": "A state digital system for organising legal aid; E-Zan komegi is "
                              "such a system, built to provide qualified legal aid online and "
                              "free of charge.",
            }),
            ("legal_provision", {
                "act": "advocacy-legal-aid",
                "article": "Article 24",
                "excerpt": "The article governs the unified information system of legal aid; "
                           "E-Zan komegi was developed to implement this provision.",
            }),
            ("heading", "Problems in practice"),
            ("paragraph",
             "<p>User reviews point to the system's weaknesses: the quality of advice is not "
             "monitored, requests sometimes go unanswered, there is no feedback, 1414 is hard to "
             "reach, and advice in Kazakh is hard to get. Most worrying, some lawyers ask for "
             "money although the help is advertised as free.</p>"),
            ("callout", {
                "kind": "warning",
                "title": "Never pay for state-guaranteed aid",
                "text": "State-guaranteed aid is free for you. If a lawyer asks for a fee, a "
                        "“thank-you” or a “document drafting fee”, do not pay. Note the name, the "
                        "date and what was said, and keep screenshots. Report it through the "
                        "system's feedback channel, to the Ministry of Justice, or to the "
                        "lawyer's bar association or chamber of legal consultants.",
            }),
            ("heading", "What to do if something goes wrong"),
            ("paragraph",
             "<ul><li>Need advice in Kazakh? Say so in your request from the start: Kazakh is the "
             "state language. If this is ignored, leave feedback.</li><li>No reply? Apply again "
             "and keep the number and date of each request.</li><li>Unhappy with the advice? Ask "
             "for a second opinion, for example at a university legal clinic.</li><li>Enter "
             "personal data only on official websites and apps.</li></ul>"),
            ("case", {
                "title": "A condition put to a mother in Aktobe",
                "situation": "Gulnar, who is raising three children alone in Aktobe, applied through E-Zan "
                             "komegi for advice on child support. The lawyer who called back said the "
                             "consultation was free, but that drafting her court application would cost "
                             "20,000 tenge.",
                "question": "Must Gulnar pay this money?",
                "answer": "If Gulnar is receiving state-guaranteed aid, drafting the application "
                          "is part of the legal consultation, so she should not pay. She can "
                          "refuse, write down the lawyer's name, the date and what was said, and "
                          "report it. If she is not entitled to free help, the lawyer must say so "
                          "openly and offer a paid contract. Demanding money for “free help” is "
                          "grounds for a complaint.",
            }),
        ],
    },
}


# ---------------------------------------------------------------------------
# Lesson 4. Legal clinics, preparing for a consultation, information vs advice
# ---------------------------------------------------------------------------

LESSON_CLINICS = {
    "slug": "legal-clinics-and-consultation",
    "estimated_minutes": 12,
    "skills": ["legal-aid.consultation-prep", "legal-aid.info-vs-advice"],
    "title": {
        "kk": "Заң клиникалары және консультацияға дайындық",
        "ru": "Юридические клиники и подготовка к консультации",
        "en": "Legal clinics and preparing for a consultation",
    },
    "objectives": {
        "kk": [
            "Университеттің заң клиникасы қалай жұмыс істейтінін түсіндіру.",
            "Консультацияға құжаттарды, оқиғалар хронологиясын және сұрақтарды дайындау.",
            "Автоматтандырылған құқықтық ақпарат пен заң кеңесін ажырату.",
        ],
        "ru": [
            "Объяснять, как работает юридическая клиника университета.",
            "Готовить к консультации документы, хронологию событий и вопросы.",
            "Отличать автоматизированную правовую информацию от юридической консультации.",
        ],
        "en": [
            "Explain how a university legal clinic works.",
            "Prepare documents, a timeline of events and questions for a consultation.",
            "Tell automated legal information apart from legal advice.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Заң клиникасы дегеніміз не?"),
            ("paragraph",
             "<p>Көптеген университеттердің заң факультеттерінде заң клиникалары жұмыс істейді. "
             "Онда заң студенттері оқытушылар мен практик заңгерлердің бақылауымен халыққа тегін "
             "кеңес береді.</p><p>Клиника әдетте кеңес береді, құжат жобасын жазуға көмектеседі, "
             "қайда жүгіну керегін түсіндіреді. Күрделі немесе шұғыл істі адвокатқа жіберуі "
             "мүмкін, сондықтан оның қандай мәселелермен айналысатынын және қабылдау уақытын "
             "алдын ала біліп алыңыз.</p>"),
            ("key_term", {
                "term": "Заң клиникасы",
                "definition": "Университет жанындағы бөлім, онда заң студенттері оқытушылардың бақылауымен "
                              "азаматтарға тегін құқықтық кеңес береді.",
            }),
            ("heading", "Консультацияға қалай дайындалу керек?"),
            ("paragraph",
             "<p>Консультацияға дейін үш нәрсені әзірлеңіз:</p><ol><li><b>Құжаттар:</b> жеке "
             "куәлік, шарттар, түбіртектер, хаттар, сот немесе мемлекеттік органнан келген "
             "қағаздар. Түпнұсқаны өзіңізде қалдырып, көшірмесін апарыңыз.</li><li><b>Оқиғалар "
             "хронологиясы:</b> не болғанын күнін көрсетіп, ретімен, қысқа жазыңыз – кім, қашан, "
             "не істеді.</li><li><b>Сұрақтар:</b> ең маңызды үш-бес сұрақ және қандай нәтиже "
             "күтетініңіз.</li></ol><p>Құжаттардағы мерзімдерге назар аударыңыз: шағым беру "
             "мерзімі өтіп кетсе, құқықты қорғау әлдеқайда қиындайды.</p>"),
            ("callout", {
                "kind": "tip",
                "title": "Консультациядан кейін",
                "text": "Маманның айтқанын жазып алыңыз, келесі қадамдар мен мерзімдерді "
                        "нақтылаңыз.",
            }),
            ("heading", "Чат-бот па, заңгер ме?"),
            ("paragraph",
             "<p>Бүгінде заң сұрақтарына чат-боттар мен виртуалды кеңесшілер де жауап береді: "
             "мысалы, Әділет министрлігінің тәулік бойы жұмыс істейтін заң чат-боты немесе IPrav "
             "қосымшасындағы «Әйтеке». Олар жылдам, бірақ тек жалпы жауап береді. Сондай-ақ "
             "қателесуі, тіпті жоқ нормаларды «ойдан шығаруы» мүмкін, ал ісіңіздің егжей-тегжейін "
             "ескермейді.</p><p><b>Құқықтық ақпарат</b> заңның жалпы не дейтінін түсіндіреді. "
             "<b>Заң кеңесі</b> – білікті маманның нақты ісіңізге берген бағасы. Sauat сабақтары "
             "заң кеңесі емес, құқықтық ақпарат болып табылады.</p>"),
            ("legal_provision", {
                "act": "constitution",
                "article": "13-бап, 3-тармақ",
                "excerpt": "Әркім білікті заң көмегін алуға құқылы, ал заңда көзделген жағдайларда бұл көмек "
                           "тегін көрсетіледі.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Жеке деректеріңізді қорғаңыз",
                "text": "Чат-ботқа ЖСН, құжат нөмірлері сияқты артық жеке деректерді жазбаңыз. "
                        "Автоматты жауапты ресми дереккөзден тексеріп, маңызды шешім алдында "
                        "маманмен ақылдасыңыз.",
            }),
            ("case", {
                "title": "Алматылық студенттің жалақысы",
                "situation": "Алматыда оқитын Диас кафеде толық емес жұмыс уақытымен істеді, "
                             "бірақ жұмыс беруші соңғы айдың жалақысын төлемеді. Чат-боттан жалпы "
                             "жауап алған ол енді не істерін білмей отыр.",
                "question": "Чат-боттың жауабы жеткілікті ме және Диас енді не істей алады?",
                "answer": "Чат-боттың жауабы – тек жалпы бағдар. Диас еңбек шартын немесе жұмыс "
                          "берушімен хат алмасуын, жалақы туралы мәліметтерді жинап, оқиғалар "
                          "хронологиясын жазып, бәрін университетінің заң клиникасына апара "
                          "алады. Онда оқытушының бақылауымен жұмыс істейтін студенттер "
                          "құжаттарды қарап, шағым жазуға көмектеседі, қажет болса, басқа маманға "
                          "жібереді.",
            }),
        ],
        "ru": [
            ("heading", "Что такое юридическая клиника?"),
            ("paragraph",
             "<p>При юридических факультетах многих университетов работают юридические клиники. В "
             "них студенты-юристы под контролем преподавателей и практикующих юристов бесплатно "
             "консультируют население.</p><p>Обычно клиника консультирует, помогает составить "
             "проект документа и объясняет, куда обращаться. Сложное или срочное дело она может "
             "передать адвокату, поэтому заранее узнайте, какими вопросами она занимается и когда "
             "ведёт приём.</p>"),
            ("key_term", {
                "term": "Юридическая клиника",
                "definition": "Подразделение при университете, где студенты-юристы под контролем преподавателей "
                              "бесплатно консультируют граждан по правовым вопросам.",
            }),
            ("heading", "Как подготовиться к консультации?"),
            ("paragraph",
             "<p>Перед консультацией подготовьте три вещи:</p><ol><li><b>Документы:</b> "
             "удостоверение личности, договоры, квитанции, письма, бумаги из суда или "
             "государственного органа. Оригиналы оставьте у себя, возьмите "
             "копии.</li><li><b>Хронологию событий:</b> коротко и по порядку, с датами, запишите, "
             "что произошло — кто, когда, что сделал.</li><li><b>Вопросы:</b> три–пять самых "
             "важных вопросов и результат, которого вы ждёте.</li></ol><p>Следите за сроками в "
             "документах: если срок подачи жалобы пропущен, защитить право гораздо труднее.</p>"),
            ("callout", {
                "kind": "tip",
                "title": "После консультации",
                "text": "Запишите, что сказал специалист, и уточните следующие шаги и сроки.",
            }),
            ("heading", "Чат-бот или юрист?"),
            ("paragraph",
             "<p>Сегодня на правовые вопросы отвечают и чат-боты, и виртуальные консультанты: "
             "например, круглосуточный юридический чат-бот Министерства юстиции или «Айтеке» в "
             "приложении IPrav. Они отвечают быстро, но лишь в общих чертах, могут ошибаться и "
             "даже «выдумывать» нормы, а подробностей вашего дела не учитывают.</p><p><b>Правовая "
             "информация</b> объясняет, что в целом говорит закон. <b>Юридическая "
             "консультация</b> — это оценка вашего конкретного дела квалифицированным "
             "специалистом. Уроки Sauat — правовая информация, а не юридическая консультация.</p>"),
            ("legal_provision", {
                "act": "constitution",
                "article": "Статья 13, пункт 3",
                "excerpt": "Каждый имеет право на получение квалифицированной юридической помощи, а в случаях, "
                           "предусмотренных законом, эта помощь оказывается бесплатно.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Берегите свои персональные данные",
                "text": "Не сообщайте чат-боту ИИН, номера документов и другие лишние "
                        "персональные данные. Проверяйте автоматические ответы по официальным "
                        "источникам и советуйтесь со специалистом перед важными решениями.",
            }),
            ("case", {
                "title": "Зарплата студента из Алматы",
                "situation": "Диас учится в Алматы и работал в кафе неполный рабочий день, но "
                             "работодатель не выплатил ему зарплату за последний месяц. Чат-бот "
                             "дал ему общий ответ, и теперь Диас не знает, что делать дальше.",
                "question": "Достаточно ли ответа чат-бота и что Диас может сделать теперь?",
                "answer": "Ответ чат-бота — лишь общий ориентир. Диас может собрать трудовой "
                          "договор или переписку с работодателем и сведения о зарплате, составить "
                          "хронологию событий и прийти со всем этим в юридическую клинику своего "
                          "университета. Там студенты под контролем преподавателя изучат "
                          "документы, помогут составить жалобу, а при необходимости направят к "
                          "другому специалисту.",
            }),
        ],
        "en": [
            ("heading", "What is a legal clinic?"),
            ("paragraph",
             "<p>Many university law faculties run legal clinics, where law students give free "
             "advice to the public under the supervision of teachers and practising "
             "lawyers.</p><p>A clinic usually gives advice, helps draft documents and explains "
             "where to turn. It may refer complex or urgent cases to an advocate, so check in "
             "advance what issues it handles and its opening hours.</p>"),
            ("key_term", {
                "term": "Legal clinic",
                "definition": "A unit at a university where law students, supervised by teachers, give citizens "
                              "free legal advice.",
            }),
            ("heading", "How to prepare for a consultation"),
            ("paragraph",
             "<p>Before a consultation, get three things ready:</p><ol><li><b>Documents:</b> your "
             "ID card, contracts, receipts, letters, papers from a court or a state body. Keep "
             "the originals and bring copies.</li><li><b>A timeline of events:</b> what happened, "
             "briefly, in order and with dates: who did what, and when.</li><li><b>Questions:</b> "
             "your three to five key questions and the outcome you expect.</li></ol><p>Watch the "
             "deadlines in your documents: once a complaint deadline has passed, defending your "
             "rights is much harder.</p>"),
            ("callout", {
                "kind": "tip",
                "title": "After the consultation",
                "text": "Write down what the specialist said, and confirm the next steps and "
                        "deadlines.",
            }),
            ("heading", "Chatbot or lawyer?"),
            ("paragraph",
             "<p>Today chatbots and virtual consultants also answer legal questions, such as the "
             "Ministry of Justice's 24/7 legal chatbot or “Aiteke” in the IPrav app. They answer "
             "quickly but only in general terms, can make mistakes or even “invent” rules, and "
             "ignore the details of your case.</p><p><b>Legal information</b> explains what the "
             "law says in general. <b>Legal advice</b> is a qualified specialist's assessment of "
             "your specific case. Sauat lessons are legal information, not legal advice.</p>"),
            ("legal_provision", {
                "act": "constitution",
                "article": "Article 13(3)",
                "excerpt": "Everyone has the right to receive qualified legal assistance, and in the cases "
                           "provided for by law this assistance is free of charge.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Protect your personal data",
                "text": "Do not give a chatbot your IIN, document numbers or other unneeded "
                        "personal data. Check automated answers against official sources and "
                        "consult a specialist before important decisions.",
            }),
            ("case", {
                "title": "An Almaty student's wages",
                "situation": "Dias, a student in Almaty, worked part-time at a café, but his "
                             "employer did not pay his last month's wages. A chatbot gave him a "
                             "general answer, and he does not know what to do next.",
                "question": "Is the chatbot's answer enough, and what can Dias do now?",
                "answer": "The chatbot's answer is only general orientation. Dias can gather his "
                          "employment contract or messages with the employer and wage records, "
                          "write a timeline of events and take it all to his university's legal "
                          "clinic. There, students supervised by a teacher will review the "
                          "documents, help draft a complaint and, if needed, refer him to another "
                          "specialist.",
            }),
        ],
    },
}


COURSE = {
    "slug": "free-legal-aid",
    "topic": "legal-aid",
    "level": "beginner",
    "skills": [skill["code"] for skill in SKILLS],
    "title": {
        "kk": "Тегін заң көмегі және сот төрелігіне қол жеткізу",
        "ru": "Бесплатная юридическая помощь и доступ к правосудию",
        "en": "Free legal aid and access to justice",
    },
    "summary": {
        "kk": "Курс әркімнің білікті заң көмегін алу құқығын, мемлекет кепілдік берген тегін заң көмегін кім "
              "және қалай ала алатынын, сондай-ақ заң клиникалары мен онлайн сервистерді қалай дұрыс пайдалану "
              "керегін түсіндіреді.",
        "ru": "Курс объясняет право каждого на квалифицированную юридическую помощь, кто и как может получить "
              "гарантированную государством бесплатную помощь, а также как правильно пользоваться юридическими "
              "клиниками и онлайн-сервисами.",
        "en": "The course explains everyone's right to qualified legal assistance, who can get state-guaranteed "
              "free legal aid and how, and how to make good use of legal clinics and online services.",
    },
    "audience": {
        "kk": "Заңгерге ақы төлеуге мүмкіндігі шектеулі, бірақ өз құқығын қорғағысы келетін кез келген адамға, "
              "соның ішінде ауыл тұрғындарына, зейнеткерлер мен студенттерге арналған.",
        "ru": "Для всех, кто хочет защитить свои права, но ограничен в средствах на юриста, в том числе для "
              "сельских жителей, пенсионеров и студентов.",
        "en": "For anyone who wants to defend their rights but cannot easily afford a lawyer, including rural "
              "residents, pensioners and students.",
    },
    "prerequisites": {
        "kk": "Арнайы дайындық қажет емес.",
        "ru": "Специальной подготовки не требуется.",
        "en": "No prior knowledge is needed.",
    },
    "lessons": [LESSON_RIGHT, LESSON_STATE_AID, LESSON_CHANNELS, LESSON_CLINICS],
}
