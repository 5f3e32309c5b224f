article-kz-entry-ban =
    .title = Interdiction d'entrée après une expulsion : jusqu'à 5 ans
    .summary = Après une expulsion, on peut vous interdire d'entrer au Kazakhstan, pendant 5 ans au plus. Il n'est pas confirmé qu'une interdiction de 5 ans suive chaque expulsion pour une infraction administrative. Une amende impayée peut jouer contre vous dans une affaire d'expulsion.
    .keywords = interdiction du territoire, interdiction de retour, interdit d'entrée, liste noire, refoulé, refoulement, revenir après expulsion, expulsé, déporté, banni, décret 175, refusé à la frontière, refoulé à l'aéroport, revenir au Kazakhstan, lever l'interdiction, interdiction de séjour, fiché
    .unverified = Non confirmé : si une interdiction d'entrée suit une expulsion pour une infraction administrative, et pour combien de temps. Le décret du gouvernement n° 175 du 6 avril 2017 prévoyait une interdiction de 5 ans quand l'expulsion était ordonnée par le jugement d'un tribunal pénal ; son texte modifié en 2020 et 2021 n'a pas été lu sur ce point. Le numéro et la date de l'arrêt de la Cour suprême dans l'affaire de 2020 n'ont pas été trouvés.
    .body =
        ## La règle
        L'expulsion est l'une des sanctions du Code des infractions administratives. La loi « Sur le statut juridique des étrangers » (art. 28) fixe les motifs d'expulsion.

        Après une expulsion, vous pouvez recevoir une **interdiction d'entrée** : pendant un certain temps, vous ne pouvez pas entrer au Kazakhstan. Une interdiction de **5 ans** au plus est possible.

        - Le décret du gouvernement n° 175 du 6 avril 2017 fixe des règles sur l'expulsion forcée. Son premier texte portait sur l'expulsion ordonnée par le **jugement d'un tribunal pénal**, et prévoyait une interdiction d'entrée de **5 ans**.
        - Depuis 2020 et 2021, le décret renvoie aussi à la loi « Sur le statut juridique des étrangers » et à la loi « Sur la migration de la population ». Nous n'avons pas lu ce que son texte actuel dit de l'interdiction.
        - Il n'est donc **pas confirmé** qu'une interdiction de 5 ans suive chaque expulsion pour une infraction administrative. Considérez toute expulsion comme un risque d'interdiction longue.

        ## Les amendes impayées comptent contre vous
        Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision. Une petite amende oubliée peut devenir un gros problème.

        > [!WARNING]
        > Payez chaque amende par les voies officielles et gardez chaque reçu, pendant des années. Voir [la preuve de paiement](article:kz-proof-of-payment).

        ## Vos droits dans une affaire d'expulsion
        Selon l'article 744 du Code des infractions administratives, vous pouvez :

        - lire le dossier et en faire des copies ;
        - donner des explications et présenter des preuves ;
        - avoir un défenseur ;
        - si vous ne connaissez pas assez bien la langue de la procédure, utiliser votre langue maternelle et avoir un interprète **gratuit** (art. 738 et 744) ;
        - contester la décision.

        La Cour suprême a donné aux tribunaux des orientations sur les affaires d'expulsion (résolution normative n° 4 du 13 décembre 2013).

        ## Que faire maintenant
        1. Payez vos amendes à temps. Si vous ne pouvez pas payer tout de suite, demandez à [reporter l'amende ou à la payer en plusieurs fois](article:kz-fine-instalments).
        2. Gardez tous les reçus, procès-verbaux et décisions. Enregistrez-en des photos dans le coffre de l'application.
        3. Ne restez pas plus longtemps que permis : voir [le dépassement de la durée de séjour](article:kz-overstay).
        4. Si vous risquez l'expulsion, demandez tout de suite un défenseur et un interprète, et demandez une aide juridique : voir [l'aide juridique](article:kz-legal-aid).
        5. Si vous n'êtes pas d'accord avec une décision, agissez vite : le délai de recours est court. Voir [contester une amende](article:kz-appeal-fine).
        6. Si vous êtes détenu, demandez que votre consulat soit prévenu : voir [vos droits si vous êtes détenu](article:kz-detention-rights).

        Voir aussi [l'expulsion](article:kz-expulsion).
