article-kz-passport-confiscation =
    .title = Quand quelqu'un garde votre passeport
    .summary = Si un agent ou un employeur garde votre passeport, demandez une attestation écrite. L'ONU a critiqué le retrait des passeports des travailleurs migrants au Kazakhstan, mais les règles actuelles ne sont pas confirmées.
    .unverified = Pas confirmé : si les étrangers doivent porter leur passeport selon les règles actuelles, quand la police ou un autre bureau peut prendre ou garder un passeport, et si un bureau peut garder votre passeport pendant la fabrication de votre carte de séjour.
    .body =
        ## Ce que l'on sait
        - Le Comité des droits de l'homme de l'ONU a critiqué le retrait des passeports des travailleurs migrants au Kazakhstan (2016).
        - L'organisation de défense des droits humains FIDH l'a documenté en 2009, 2016 et 2018.
        - Pour la résidence permanente et la carte de séjour (en russe : вид на жительство иностранца), les règles disent que l'original de votre passeport est présenté **« pour vérification »**. Seule une copie est versée à votre dossier.

        ## Ce qui n'est pas confirmé
        Nous n'avons pas confirmé quand la police ou un autre bureau peut prendre ou garder un passeport selon les règles actuelles. Une ancienne règle de 2000 obligeait les étrangers en séjour temporaire à porter leur passeport. Cette règle a été abrogée.

        ## Un cas réel
        Un résident permanent venu du Mali attendait le renouvellement de ses papiers de séjour. Pendant ce temps, son passeport était au service des migrations, et il ne pouvait pas travailler.

        > [!WARNING]
        > Si quelqu'un garde votre passeport, ne partez pas sans un papier qui dit qui l'a pris, quand et pourquoi. Sans papier, vous ne pouvez pas prouver où se trouve votre passeport.

        ## Que faire maintenant
        1. Avant de remettre votre passeport où que ce soit, photographiez toutes ses pages et enregistrez les photos dans le coffre de l'application.
        2. Si un agent le garde, demandez une attestation écrite : le nom et la fonction de l'agent, le bureau, la date, la raison, l'acte juridique, et quand vous récupérerez le passeport. Montrez la fiche « Une attestation que vous gardez mon passeport ».
        3. Quand vous déposez vos documents pour une carte de séjour, montrez la fiche « Mon passeport original : seulement pour vérification ».
        4. S'ils refusent, notez le nom, le lieu et l'heure. Déposez une [demande écrite](article:kz-written-appeal) et gardez le récépissé.
        5. Vous pouvez vous plaindre au parquet (en russe : прокуратура) dans votre langue : voir [se plaindre au parquet](article:kz-prosecutor-complaint).
        6. Si votre employeur garde votre passeport, notez la date et le nom, et demandez de l'aide : voir [l'aide juridique](article:kz-legal-aid). Vous pouvez aussi contacter votre consulat.
        7. Si quelqu'un vous demande de l'argent pour vous rendre votre passeport, ne payez pas. Appelez le **1424**.
