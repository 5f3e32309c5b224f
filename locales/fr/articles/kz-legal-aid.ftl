article-kz-legal-aid =
    .title = Où trouver une aide juridique
    .summary = Au Kazakhstan, l'aide juridique pour les migrants vient du Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité (KIBHR), du HCR et de ses partenaires. Signalez les pots-de-vin au 1424.
    .body =
        ## Le KIBHR
        Le Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité (KIBHR) :

        - est une organisation de défense des droits de l'homme, fondée en 1993 ;
        - a son siège à Almaty, et des antennes dans les régions ;
        - donne des conseils juridiques et représente les personnes en justice ;
        - a un site web : [bureau.kz](https://bureau.kz).

        Dans un cas rapporté, un avocat du KIBHR a aidé un résident de longue date venu du Mali dans son litige sur ses droits de séjour.

        ## Le HCR et ses partenaires
        Le HCR, l'agence des Nations unies pour les réfugiés, travaille au Kazakhstan depuis 1995. Sa représentation régionale pour l'Asie centrale est à Almaty. Le HCR a mené un programme d'aide juridique au Kazakhstan.

        En 2016, ses partenaires étaient :

        - **le KIBHR** : conseils juridiques et représentation en justice ;
        - **Sana Sezim** : aide juridique aux personnes apatrides ;
        - **le Croissant-Rouge** : aide sociale et médicale.

        > [!NOTE]
        > Cette liste date de 2016. Les organisations et les programmes changent. Vérifiez avant d'y aller.

        ## Corruption : appelez le 1424
        Si un agent vous demande un pot-de-vin, appelez le **1424**, le centre d'appels du Service anticorruption. L'appel est gratuit, et la ligne fonctionne 24 heures sur 24, 7 jours sur 7. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        ## Que faire maintenant
        1. Rassemblez vos papiers : copies de votre passeport et de vos permis, procès-verbaux, décisions, reçus et récépissés. Le coffre de l'application vous aide.
        2. Notez les dates : quand les choses se sont passées, et chaque délai. Une amende ne peut être contestée que dans les 10 jours après avoir reçu une copie de la décision : voir [contester une amende](article:kz-appeal-fine).
        3. Contactez une organisation tôt, avant la fin d'un délai.
        4. Vous trouverez ces organisations dans l'application, sous « Où trouver de l'aide ».
