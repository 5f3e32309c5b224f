article-kz-paying-fines =
    .title = Payer une amende en sécurité et garder la preuve
    .summary = Payez une amende uniquement par les voies officielles, comme la passerelle de paiement d'egov.kz, et gardez chaque reçu.
    .body =
        ## Payez uniquement par les voies officielles
        - Vous pouvez payer par la passerelle de paiement d'egov.kz. La commission est de 100 KZT.
        - Ne donnez jamais d'argent liquide à un policier ou à un agent. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        ## Les amendes sont comptées en MRP
        La loi fixe beaucoup d'amendes en MRP (l'indice mensuel de calcul). En 2026, 1 MRP vaut 4 325 KZT. En 2025, il valait 3 932 KZT. Une amende de 10 MRP fait donc 43 250 KZT en 2026.

        ## Si vous ne pouvez pas payer tout de suite
        Vous pouvez demander un report de 1 mois au maximum, ou un paiement échelonné sur 3 mois au maximum (KoAP, article 888).

        ## Gardez chaque reçu
        Un homme originaire du Mali, résident permanent, a reçu une amende en 2007. Il dit l'avoir payée. Plus tard, la police des migrations a dit n'en avoir aucune trace. Elle ne voulait pas terminer le renouvellement de ses papiers de séjour s'il ne payait pas une seconde fois.

        En 2020, dans une affaire, la Cour suprême a confirmé une expulsion, en partie parce qu'une amende n'était pas payée.

        > [!WARNING]
        > Une amende dont vous ne pouvez pas prouver le paiement peut causer des problèmes plus tard : au renouvellement de vos documents ou dans une procédure d'expulsion.

        ## Que faire maintenant
        1. Payez par une voie officielle, comme la passerelle de paiement d'egov.kz.
        2. Gardez le reçu. Imprimez-le, ou gardez-en une photo dans un deuxième endroit sûr.
        3. Gardez la décision et le reçu ensemble.
        4. Emportez-en des copies quand vous allez au service des migrations.
        5. Si un service dit qu'il n'y a aucune trace de votre paiement, montrez le reçu. S'il refuse encore, plaignez-vous par écrit : voir [comment déposer une demande écrite](article:kz-written-appeal).

        Vous pensez que l'amende est injuste ? Lisez [comment contester une amende](article:kz-appeal-fine).
