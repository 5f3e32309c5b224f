article-kz-expulsion =
    .title = L'expulsion : les risques et comment vous protéger
    .summary = L'expulsion est une sanction pour les étrangers ; l'expulsion forcée entraîne une interdiction d'entrée de 5 ans, et une amende impayée peut jouer contre vous.
    .body =
        ## Ce que dit le droit
        - L'expulsion (en russe : выдворение) est l'une des sanctions du Code des infractions administratives, avec l'avertissement, l'amende et l'arrestation administrative.
        - La loi « Sur le statut juridique des étrangers » (art. 28) fixe les motifs d'expulsion.
        - La Cour suprême a donné aux tribunaux des orientations sur les affaires d'expulsion (résolution normative n° 4 du 13 décembre 2013).
        - L'expulsion **forcée** entraîne une **interdiction d'entrée de 5 ans** (en russe : запрет на въезд) : vous ne pouvez pas entrer au Kazakhstan pendant 5 ans (décret du gouvernement n° 175 du 6 avril 2017).

        ## Les amendes impayées comptent
        Dans une affaire de 2020, la Cour suprême a confirmé une expulsion, en partie parce qu'une amende n'avait pas été payée.

        Un résident de longue date a dit avoir payé une amende, mais la police des migrations (en russe : миграционная полиция) a ensuite déclaré n'en avoir aucune trace.

        > [!WARNING]
        > Payez chaque amende et gardez **chaque reçu**. Si on vous dit qu'il n'y a aucune trace de votre paiement, le reçu est votre preuve.

        ## Vos droits dans l'affaire
        Selon l'article 744 du Code des infractions administratives, vous pouvez :

        - lire le dossier et en faire des copies ;
        - donner des explications et présenter des preuves ;
        - avoir un défenseur ;
        - utiliser votre langue maternelle et avoir un interprète **gratuit** ;
        - contester la décision.

        Si vous êtes détenu, vous pouvez demander que votre consulat soit prévenu : voir [les droits consulaires](article:kz-consular-rights).

        ## Que faire maintenant
        1. Gardez tous les reçus, procès-verbaux et décisions dans un endroit sûr. Faites des copies.
        2. Si vous n'êtes pas d'accord avec une décision, n'attendez pas : lisez comment [contester une amende](article:kz-appeal-fine).
        3. Demandez une aide juridique, par exemple au Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité.

        Voir aussi [payer une amende](article:kz-paying-fines) et vos droits quand [un procès-verbal est dressé](article:kz-protocol-rights).
