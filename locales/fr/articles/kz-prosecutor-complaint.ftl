article-kz-prosecutor-complaint =
    .title = Se plaindre au parquet
    .summary = Vous pouvez vous plaindre au parquet dans n'importe quelle langue, y compris votre langue maternelle. Une plainte contre un acte administratif peut être déposée dans un délai de 3 mois.
    .body =
        ## Écrivez dans votre langue
        Vous pouvez écrire une plainte au parquet (le bureau du procureur, en russe : прокуратура) dans **n'importe quelle langue**, y compris votre langue maternelle.

        ## Les règles pour les plaintes
        Le Code de procédure administrative fixe les règles :

        - L'article 93 dit ce que la plainte doit contenir.
        - L'article 92 fixe les délais.
        - Une plainte contre un **acte administratif** (une décision d'un organe de l'État qui vous concerne) peut être déposée dans un délai de **3 mois**. Si vous avez manqué ce délai, vous pouvez demander qu'il soit rétabli (art. 91).

        > [!WARNING]
        > Pour une décision qui vous inflige une amende, le délai est bien plus court : 10 jours à partir du jour où vous en recevez une copie. Lisez tout de suite comment [contester une amende](article:kz-appeal-fine).

        ## Ce qu'il faut écrire
        - qui vous êtes et comment vous joindre ;
        - ce qui s'est passé, où et quand ;
        - quel bureau ou quel agent est concerné, avec les noms si vous les connaissez ;
        - ce que vous demandez ;
        - la date et votre signature.

        ## Que faire maintenant
        1. Écrivez votre plainte. Joignez des copies de vos papiers, pas les originaux.
        2. Faites deux exemplaires. Déposez-en un, et gardez l'autre.
        3. Quand vous la déposez en personne, demandez le récépissé (en russe : талон) avec la date, l'heure et le nom de l'agent qui l'a acceptée. Montrez la fiche « Le récépissé de ma demande ». Voir [déposer une demande écrite](article:kz-written-appeal).
        4. Gardez le récépissé et votre exemplaire ensemble. Enregistrez-en des photos dans le coffre de l'application.
        5. Si un agent vous a demandé de l'argent, appelez aussi le **1424**, la ligne anticorruption gratuite.
        6. Si vous avez besoin d'aide pour écrire la plainte, voir [l'aide juridique](article:kz-legal-aid).
