article-kz-police-checks =
    .title = Contrôles de police : restez calme et connaissez vos droits
    .summary = Si la police vous contrôle, demandez à voir la carte de l'agent et ne résistez pas ; le retrait des passeports des travailleurs migrants a été critiqué par l'ONU.
    .unverified = Il n'est pas encore confirmé si les étrangers doivent porter leur passeport selon les règles actuelles, ni quand la police peut retirer un passeport.
    .body =
        ## Pendant un contrôle
        - Restez calme. Ne résistez pas.
        - Demandez à voir la carte professionnelle de l'agent. Notez son nom.
        - Si vous êtes détenu, on doit vous dire tout de suite pourquoi (KoAP, article 14).
        - La torture et les traitements dégradants sont interdits.
        - Si l'agent dresse un procès-verbal, vous avez des droits. Voir [vos droits lors d'un procès-verbal](article:kz-protocol-rights).

        ## Votre passeport
        Une ancienne règle de 2000 obligeait les étrangers en séjour temporaire à porter leur passeport. Cette règle a été abrogée. Nous n'avons pas encore confirmé la règle actuelle, ni quand la police peut retirer un passeport.

        Le Comité des droits de l'homme de l'ONU a critiqué le retrait des passeports des travailleurs migrants au Kazakhstan (2016). L'organisation de défense des droits humains FIDH l'a documenté en 2009, 2016 et 2018.

        > [!TIP]
        > Gardez une copie ou une photo de votre passeport et de votre permis dans un endroit sûr. Si on vous prend un document, notez qui l'a pris, quand et où.

        ## Si quelque chose se passe mal
        - Un agent vous demande de l'argent : ne payez pas en liquide. Appelez la ligne anticorruption **1424**. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).
        - Vous êtes détenu : vous pouvez demander que votre consulat soit informé sans retard. Voir [vos droits consulaires](article:kz-consular-rights).
        - Vous voulez vous plaindre : vous pouvez écrire au parquet (en russe : прокуратура) dans n'importe quelle langue, y compris la vôtre. Voir [comment déposer une demande écrite](article:kz-written-appeal).
