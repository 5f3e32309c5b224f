article-kz-expulsion =
    .title = L'expulsion : les risques et comment vous protéger
    .summary = L'expulsion est une sanction pour les étrangers. Elle peut entraîner une interdiction d'entrée de 5 ans au plus, et une amende impayée peut jouer contre vous.
    .keywords = reconduite à la frontière, expulsé, se faire expulser, expulser, éloignement, renvoi, renvoyé au pays, déportation, déporté, sans-papiers, chassé du pays, mesure d'expulsion, motifs d'expulsion, expulsion, rapatriement, rapatrié de force, renvoyé chez moi, quitter le territoire, OQTF
    .unverified = Non confirmé : si une interdiction d'entrée suit une expulsion pour une infraction administrative, et pour combien de temps. Le décret du gouvernement n° 175 du 6 avril 2017 prévoyait une interdiction de 5 ans quand l'expulsion était ordonnée par le jugement d'un tribunal pénal ; son texte modifié en 2020 et 2021 n'a pas été lu sur ce point. Le numéro et la date de l'arrêt de la Cour suprême dans l'affaire de 2020 n'ont pas été trouvés.
    .body =
        ## Ce que dit le droit
        - L'expulsion est l'une des sanctions du Code des infractions administratives, avec l'avertissement, l'amende et l'arrestation administrative.
        - La loi « Sur le statut juridique des étrangers » (art. 28) fixe les motifs d'expulsion.
        - La Cour suprême a donné aux tribunaux des orientations sur les affaires d'expulsion (résolution normative n° 4 du 13 décembre 2013).
        - L'expulsion peut entraîner une **interdiction d'entrée de 5 ans au plus**. Le décret du gouvernement n° 175 du 6 avril 2017 prévoyait une interdiction de 5 ans pour une expulsion ordonnée par le jugement d'un tribunal pénal. Il n'est pas confirmé que la même interdiction suive chaque expulsion pour une infraction administrative. Voir [l'interdiction d'entrée](article:kz-entry-ban).

        ## Les amendes impayées comptent contre vous
        Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision.

        Un résident de longue date a dit avoir payé une amende, mais la police des migrations a ensuite déclaré n'en avoir aucune trace.

        > [!WARNING]
        > Payez chaque amende et gardez **chaque reçu**. Si on vous dit qu'il n'y a aucune trace de votre paiement, le reçu est votre preuve.

        ## Vos droits dans l'affaire
        Selon l'article 744 du Code des infractions administratives, vous pouvez :

        - lire le dossier et en faire des copies ;
        - donner des explications et présenter des preuves ;
        - avoir un défenseur ;
        - si vous ne connaissez pas assez bien la langue de la procédure, utiliser votre langue maternelle et avoir un interprète **gratuit** (art. 738 et 744) ;
        - contester la décision.

        Si vous êtes détenu, vous pouvez demander que votre consulat soit prévenu : voir [les droits consulaires](article:kz-consular-rights).

        ## Que faire maintenant
        1. Gardez tous les reçus, procès-verbaux et décisions dans un endroit sûr. Faites des copies.
        2. Si vous n'êtes pas d'accord avec une décision, n'attendez pas : lisez comment [contester une amende](article:kz-appeal-fine).
        3. Demandez une aide juridique, par exemple au Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité.

        Voir aussi [payer une amende](article:kz-paying-fines) et vos droits quand [un procès-verbal est dressé](article:kz-protocol-rights).
