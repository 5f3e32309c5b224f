article-kz-prosecutor-complaint =
    .title = Se plaindre au parquet
    .summary = Une décision qui inflige une amende ne peut être contestée que dans les 10 jours après la réception d'une copie. Une plainte contre une autre décision d'un bureau est adressée à ce bureau dans les 3 mois. Le parquet est une voie distincte, et vous pouvez lui écrire dans n'importe quelle langue.
    .keywords = procureur, prokuratura, plainte contre un policier, plainte contre un agent, abus de pouvoir, recours administratif, réclamation, plainte dans ma langue, délai de 3 mois, acte administratif, procureur de la République, ministère public, porter plainte contre la police, bavure policière, abus des agents, insulté par un agent
    .unverified = Nous n'avons trouvé aucun délai pour une plainte au parquet. Le délai dont un bureau dispose pour statuer sur une plainte, et le délai pour saisir ensuite le tribunal, ne sont pas confirmés.
    .body =
        ## D'abord le délai le plus court
        > [!WARNING]
        > Une décision qui inflige une amende ne peut être contestée que dans les **10 jours** à partir du jour où vous en recevez une copie. Lisez tout de suite comment [contester une amende](article:kz-appeal-fine).

        ## Deux voies différentes
        ### 1. Une plainte au bureau qui a décidé
        C'est la voie habituelle contre une décision d'un organe de l'État qui vous concerne (un **acte administratif**), ou contre ce qu'un bureau a fait ou n'a pas fait (Code de procédure administrative, art. 91–92) :

        - Vous la déposez **auprès du bureau qui a pris la décision**. C'est l'autorité supérieure qui statue.
        - Vous avez **3 mois** à partir du jour où vous avez appris la décision.
        - Si vous avez dépassé ce délai pour une raison valable, comme une maladie, vous pouvez demander le rétablissement du délai (art. 92).
        - En général, vous ne pouvez saisir le tribunal qu'après cette plainte (art. 91, partie 5).

        ### 2. Le parquet
        Ce n'est pas un deuxième bureau pour toutes les plaintes. Il peut prendre en charge votre demande dans certaines situations, par exemple quand vous ne pouvez pas défendre vos droits vous-même, ou quand aucun autre organe ne les protège correctement (loi constitutionnelle « Sur le parquet » du 5 novembre 2022 n° 155-VII, art. 24). Vous pouvez lui écrire dans **n'importe quelle langue**, y compris votre langue maternelle. Nous n'avons trouvé aucun délai pour cette voie : ne laissez pas passer les 3 mois pendant que vous attendez.

        ## Ce qu'il faut écrire
        Le Code (art. 93) énumère ce que la plainte doit contenir :

        - le nom de l'organe qui va statuer ;
        - vos nom et prénoms, votre IIN, votre adresse postale et l'adresse où vous vivez ;
        - contre quel bureau ou quel agent, et contre quelle décision ou quelle action, vous vous plaignez ;
        - les faits, et vos preuves ;
        - la date, votre signature, et la liste des papiers que vous joignez.

        ## Que faire maintenant
        1. Écrivez votre plainte. Joignez des copies de vos papiers, pas les originaux.
        2. Faites deux exemplaires. Déposez-en un, et gardez l'autre.
        3. Quand vous la déposez en personne, demandez le récépissé avec son numéro, la date, l'heure, ainsi que le nom et la fonction de la personne qui l'a acceptée. Montrez la fiche « Le récépissé de ma demande ». Voir [déposer une demande écrite](article:kz-written-appeal).
        4. Gardez le récépissé et votre exemplaire ensemble. Enregistrez-en des photos dans le coffre de l'application.
        5. Si un agent vous a demandé de l'argent, appelez aussi le **1424**, la ligne anticorruption gratuite.
        6. Si vous avez besoin d'aide pour écrire la plainte, voir [l'aide juridique](article:kz-legal-aid).
