article-intl-refugees =
    .title = Les réfugiés : la Convention relative au statut des réfugiés et le HCR
    .summary = Le Kazakhstan a adhéré à la Convention relative au statut des réfugiés en 1999. Le HCR, l'agence des Nations unies pour les réfugiés, travaille au Kazakhstan depuis 1995, avec un bureau régional à Almaty.
    .body =
        ## La Convention relative au statut des réfugiés
        La Convention relative au statut des réfugiés est le principal traité international qui protège les réfugiés. Le Kazakhstan y a **adhéré** (il l'a rejointe) en **1999**.

        ## Le HCR au Kazakhstan
        - Le HCR, l'agence des Nations unies pour les réfugiés, travaille au Kazakhstan depuis **1995**.
        - Sa **représentation régionale pour l'Asie centrale** est à **Almaty**.
        - Le HCR a mené un programme d'aide juridique au Kazakhstan.

        ## Les partenaires du HCR en 2016
        - **Le KIBHR** (Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité) : conseils juridiques et représentation en justice ;
        - **Sana Sezim** : aide juridique aux personnes apatrides ;
        - **Le Croissant-Rouge** : aide sociale et médicale.

        > [!NOTE]
        > Cette liste de partenaires date de 2016. Vérifiez qu'elle est toujours à jour.

        ## Si vous avez dû fuir votre pays
        Si vous avez fui votre pays et que vous avez peur d'y retourner, demandez une aide juridique le plus tôt possible. Dites à votre avocat pourquoi vous avez peur d'y retourner.

        ## Que faire maintenant
        1. Contactez le HCR ou l'un de ses partenaires. Vous les trouverez dans l'application, sous « Où trouver de l'aide ». Voir aussi [l'aide juridique](article:kz-legal-aid).
        2. Si vous n'avez la nationalité d'aucun pays, demandez une aide juridique à Sana Sezim.
        3. Gardez des copies de tous vos documents : voir [gardez des copies de chaque document](article:intl-keep-copies).
        4. Si vous êtes détenu, vous avez des droits : voir [vos droits si vous êtes détenu](article:kz-detention-rights).
