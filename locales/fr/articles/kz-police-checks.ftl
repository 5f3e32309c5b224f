article-kz-police-checks =
    .title = Contrôles de police : restez calme et connaissez vos droits
    .summary = Si la police vous contrôle, restez calme, demandez à voir la carte professionnelle de l'agent et ne résistez pas. Gardez une copie de votre passeport dans un endroit sûr.
    .keywords = contrôle d'identité, contrôle des papiers, contrôle au faciès, rafle, interpellation, arrêté dans la rue, matricule, porter son passeport, montrer ses papiers, harcèlement policier, patrouille, corps habillés, barrage de police, descente de police, flics, fouille, vos papiers, contrôle de routine
    .unverified = Il n'est pas encore confirmé si les étrangers doivent porter leur passeport selon les règles actuelles, ni quand la police peut retirer un passeport.
    .body =
        ## Pendant un contrôle
        - Restez calme. Ne résistez pas.
        - Demandez à voir la carte professionnelle de l'agent. Notez son nom.
        - Si vous êtes détenu, on doit vous dire tout de suite pourquoi (KoAP, art. 14).
        - La torture et les traitements dégradants sont interdits.
        - Si l'agent dresse un procès-verbal, vous avez des droits. Voir [vos droits lors d'un procès-verbal](article:kz-protocol-rights).

        ## Votre passeport
        Une ancienne règle de 2000 obligeait les étrangers en séjour temporaire à porter leur passeport. Cette règle a été abrogée. Nous n'avons pas encore confirmé la règle actuelle, ni quand la police peut retirer un passeport.

        Les rapports sur le retrait des passeports et des papiers d'identité des travailleurs migrants (du Comité des droits de l'homme de l'ONU en 2016, et de l'organisation de défense des droits humains FIDH en 2009 et 2018) portent sur des abus au travail commis par des employeurs ou des intermédiaires, pas sur les contrôles de police. Voir [quand quelqu'un garde votre passeport](article:kz-passport-confiscation).

        > [!TIP]
        > Gardez une copie ou une photo de votre passeport et de votre permis dans un endroit sûr. Si on vous prend un document, notez qui l'a pris, quand et où.

        ## Si quelque chose se passe mal
        - Un agent vous demande de l'argent : ne payez pas en liquide. Appelez la ligne anticorruption **1424**. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).
        - Vous êtes détenu : vous pouvez demander que votre consulat soit informé sans retard. Voir [vos droits consulaires](article:kz-consular-rights).
        - Vous voulez vous plaindre : vous pouvez écrire au parquet dans n'importe quelle langue, y compris la vôtre. Voir [se plaindre au parquet](article:kz-prosecutor-complaint) et [comment déposer une demande écrite](article:kz-written-appeal).
