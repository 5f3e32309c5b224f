article-kz-passport-confiscation =
    .title = Quand quelqu'un garde votre passeport
    .summary = Si un agent ou un employeur garde votre passeport, demandez une attestation écrite. Selon des rapports, les passeports des travailleurs migrants sont souvent pris par des employeurs. Les cas où un bureau peut garder un passeport ne sont pas confirmés.
    .keywords = passeport confisqué, passeport retenu, passeport saisi, confiscation, patron garde mon passeport, employeur a mon passeport, récupérer mon passeport, rendre le passeport, intermédiaire, police a pris mon passeport, patron a pris mes papiers, papiers confisqués, refuse de rendre mon passeport, passeport bloqué, agent recruteur
    .unverified = Pas confirmé : si les étrangers doivent porter leur passeport selon les règles actuelles, quand la police ou un autre bureau peut prendre ou garder un passeport, et si un bureau peut garder votre passeport pendant la fabrication de votre carte de séjour.
    .body =
        ## Ce que l'on sait
        - L'organisation de défense des droits humains FIDH a signalé en 2009 et en 2018 que des passeports de travailleurs migrants étaient pris par des employeurs ou des intermédiaires.
        - En 2016, le Comité des droits de l'homme de l'ONU a cité le retrait des papiers d'identité parmi les abus que subissent les travailleurs migrants au travail, avec le travail forcé, les mauvaises conditions et les salaires payés en retard.
        - Pour la résidence permanente et le permis de séjour temporaire, les listes officielles demandent une copie de votre passeport et l'original **« pour vérification »**. Aucun texte que nous avons lu ne dit si l'original est rendu tout de suite, ou s'il peut être gardé pendant le traitement de vos papiers.

        ## Ce qui n'est pas confirmé
        Nous n'avons pas confirmé quand la police ou un autre bureau peut prendre ou garder un passeport selon les règles actuelles. Une ancienne règle de 2000 obligeait les étrangers en séjour temporaire à porter leur passeport. Cette règle a été abrogée.

        ## Un cas réel
        Un résident permanent venu du Mali attendait le renouvellement de ses papiers de séjour. Pendant ce temps, son passeport était au service des migrations, et il ne pouvait pas travailler.

        > [!WARNING]
        > Si quelqu'un garde votre passeport, demandez, avant de partir, un papier qui dit qui l'a pris, quand et pourquoi. S'il refuse, notez les noms, l'heure et le lieu. Sans papier, vous ne pouvez pas prouver où se trouve votre passeport.

        ## Que faire maintenant
        1. Avant de remettre votre passeport où que ce soit, photographiez toutes ses pages et enregistrez les photos dans le coffre de l'application.
        2. Si un agent le garde, demandez une attestation écrite : le nom et la fonction de l'agent, le bureau, la date, la raison, l'acte juridique, et quand vous récupérerez le passeport. Montrez la fiche « Une attestation que vous gardez mon passeport ».
        3. Quand vous déposez vos documents pour la résidence permanente ou une carte de séjour, montrez la fiche « Vérifiez mon passeport original et rendez-le-moi, s'il vous plaît ».
        4. S'ils refusent, notez le nom, le lieu et l'heure. Déposez une [demande écrite](article:kz-written-appeal) et gardez le récépissé.
        5. Vous pouvez vous plaindre au parquet dans votre propre langue : voir [se plaindre au parquet](article:kz-prosecutor-complaint).
        6. Si votre employeur garde votre passeport, notez la date et le nom, et demandez de l'aide : voir [l'aide juridique](article:kz-legal-aid). Vous pouvez aussi contacter votre consulat.
        7. Si quelqu'un vous demande de l'argent pour vous rendre votre passeport, ne payez pas. Appelez le **1424**.
