article-kz-entry-ban =
    .title = Interdiction d'entrée : 5 ans après une expulsion forcée
    .summary = Si vous êtes expulsé de force, vous ne pouvez pas entrer au Kazakhstan pendant 5 ans. Une amende impayée peut jouer contre vous dans une affaire d'expulsion.
    .body =
        ## La règle
        L'expulsion (en russe : выдворение) est l'une des sanctions du Code des infractions administratives. La loi « Sur le statut juridique des étrangers » (art. 28) fixe les motifs d'expulsion.

        Une **expulsion forcée** entraîne une **interdiction d'entrée** (en russe : запрет на въезд) de **5 ans**. Pendant 5 ans, vous ne pouvez pas entrer au Kazakhstan (décret du gouvernement n° 175 du 6 avril 2017).

        ## Les amendes impayées comptent contre vous
        Dans une affaire de 2020, la Cour suprême a confirmé une expulsion, en partie parce qu'une amende n'avait pas été payée. Une petite amende oubliée peut devenir un gros problème.

        > [!WARNING]
        > Payez chaque amende par les voies officielles et gardez chaque reçu, pendant des années. Voir [la preuve de paiement](article:kz-proof-of-payment).

        ## Vos droits dans une affaire d'expulsion
        Selon l'article 744 du Code des infractions administratives, vous pouvez :

        - lire le dossier et en faire des copies ;
        - donner des explications et présenter des preuves ;
        - avoir un défenseur ;
        - utiliser votre langue maternelle et avoir un interprète **gratuit** ;
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
