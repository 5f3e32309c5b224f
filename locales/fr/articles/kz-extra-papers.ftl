article-kz-extra-papers =
    .title = Quand un agent demande un papier que la loi n'exige pas
    .summary = Si un agent vous demande un document que les règles ne prévoient pas, demandez quel acte juridique l'exige, faites une demande écrite, gardez le récépissé, et plaignez-vous si nécessaire.
    .keywords = papier en plus, document supplémentaire, document non exigé, encore un papier, paperasse, bureaucratie, base légale, quel texte de loi, exigence abusive, demande abusive, tourner en rond, lourdeurs administratives, guichet, pièce manquante, abus de l'administration, revenez demain
    .body =
        ## Cela arrive
        Des migrants au Kazakhstan racontent que les agents demandent un document de plus à chaque visite, « alors que la loi ne l'exige pas ». Certains ont aussi signalé des demandes de pots-de-vin.

        ## Vos droits
        - En tant qu'étranger, vous êtes **égal devant la loi** (loi « Sur le statut juridique des étrangers », art. 3).
        - Vous pouvez vous adresser aux organes de l'État et aux tribunaux avec les **mêmes droits de procédure** que les citoyens (art. 18).
        - Quand vous déposez une demande écrite auprès d'un organe de l'État, d'un organe d'autonomie locale ou d'une personne morale de l'État, vous recevez un **récépissé**. Il est **interdit** de refuser d'accepter une demande (Code de procédure administrative, art. 64).

        Pour savoir ce que les règles prévoient pour la résidence permanente et la carte de séjour, lisez [les papiers exigés par la loi](article:kz-required-documents).

        ## Que faire maintenant
        1. Restez calme et poli. Demandez : « Quel acte juridique exige ce papier ? Quel article ? » Montrez la fiche « Quel acte juridique exige ce papier ? ».
        2. Demandez à l'agent d'écrire sa demande. Notez son nom, le bureau, la date et l'heure.
        3. Si vous pensez que le papier n'est pas exigé, déposez une **demande écrite**. Dites quel papier on vous a demandé, et demandez au bureau de citer l'acte juridique.
        4. Prenez le récépissé avec son numéro unique, la date, l'heure, ainsi que le nom et la fonction de la personne qui a accepté votre demande. Gardez-le avec une copie de votre demande. Voir [déposer une demande écrite](article:kz-written-appeal).
        5. Si le bureau décide contre vous, agissez à temps : une décision qui inflige une amende ne peut être contestée que dans les **10 jours** après la réception d'une copie ; contre une autre décision, une plainte est adressée à ce bureau dans les **3 mois**. Vous pouvez aussi écrire au parquet, dans n'importe quelle langue : voir [se plaindre au parquet](article:kz-prosecutor-complaint).
        6. Si quelqu'un vous demande de l'argent, ne payez pas. Appelez le **1424**, la ligne anticorruption gratuite, jour et nuit.

        > [!TIP]
        > Une demande orale ne laisse pas de trace. Une demande écrite, si. Enregistrez des photos de chaque papier dans le coffre de l'application.

        Voir aussi [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).
