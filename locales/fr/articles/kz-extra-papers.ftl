article-kz-extra-papers =
    .title = Quand un agent demande un papier que la loi n'exige pas
    .summary = Si un agent vous demande un document que les règles ne prévoient pas, demandez quel acte juridique l'exige, faites une demande écrite, gardez le récépissé, et plaignez-vous si nécessaire.
    .body =
        ## Cela arrive
        Des migrants au Kazakhstan racontent que les agents demandent un document de plus à chaque visite, « alors que la loi ne l'exige pas ». Certains ont aussi signalé des demandes de pots-de-vin.

        ## Vos droits
        - En tant qu'étranger, vous êtes **égal devant la loi** (loi « Sur le statut juridique des étrangers », art. 3).
        - Vous pouvez vous adresser aux organes de l'État et aux tribunaux avec les **mêmes droits de procédure** que les citoyens (art. 18).
        - Quand vous déposez une demande écrite (en russe : письменное обращение) en personne, vous recevez un **récépissé** (en russe : талон). Un bureau n'a **pas le droit de refuser** votre demande.

        Pour savoir ce que les règles prévoient pour la résidence permanente et la carte de séjour, lisez [les papiers exigés par la loi](article:kz-required-documents).

        ## Que faire maintenant
        1. Restez calme et poli. Demandez : « Quel acte juridique exige ce papier ? Quel article ? » Montrez la fiche « Quel acte juridique exige ce papier ? ».
        2. Demandez à l'agent d'écrire sa demande. Notez son nom, le bureau, la date et l'heure.
        3. Si vous pensez que le papier n'est pas exigé, déposez une **demande écrite**. Dites quel papier on vous a demandé, et demandez au bureau de citer l'acte juridique.
        4. Prenez le récépissé avec la date, l'heure et le nom de l'agent qui a accepté votre demande. Gardez-le avec une copie de votre demande. Voir [déposer une demande écrite](article:kz-written-appeal).
        5. Si le problème continue, plaignez-vous au parquet (en russe : прокуратура), dans n'importe quelle langue : voir [se plaindre au parquet](article:kz-prosecutor-complaint).
        6. Si quelqu'un vous demande de l'argent, ne payez pas. Appelez le **1424**, la ligne anticorruption gratuite, jour et nuit.

        > [!TIP]
        > Une demande orale ne laisse pas de trace. Une demande écrite, si. Enregistrez des photos de chaque papier dans le coffre de l'application.

        Voir aussi [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).
