article-kz-legal-aid =
    .title = Où trouver une aide juridique
    .summary = Au Kazakhstan, l'aide juridique pour les migrants vient du Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité (KIBHR), du HCR et de ses partenaires. Signalez les pots-de-vin au 1424.
    .keywords = avocat gratuit, aide juridictionnelle, avocat, juriste, conseil juridique, consultation gratuite, ONG, association, assistance juridique, Sana Sezim, Croissant-Rouge, bureau.kz, défense des droits, parajuriste, clinique juridique, défenseur des droits, qui peut m'aider, avocat pas cher
    .unverified = L'article du Code des infractions administratives sur le rétablissement d'un délai de recours de 10 jours dépassé n'est pas confirmé ; la règle est signalée par un article de presse (2026).
    .body =
        ## Le KIBHR
        Le Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité (KIBHR) :

        - est une organisation de défense des droits de l'homme, fondée en 1993 ;
        - a son siège à Almaty, et des antennes dans les régions ;
        - donne des conseils juridiques et représente les personnes en justice ;
        - a un site web : [bureau.kz](https://bureau.kz).

        Dans un cas rapporté, un avocat du KIBHR a aidé un résident de longue date venu du Mali dans son litige sur ses droits de séjour.

        ## Le HCR et ses partenaires
        Le HCR, l'agence des Nations unies pour les réfugiés, travaille au Kazakhstan depuis 1995. En 2020, sa représentation régionale pour l'Asie centrale était à Almaty, selon le site web du HCR. Le HCR a mené un programme d'aide juridique au Kazakhstan.

        Une fiche d'information du HCR datée de décembre 2015 cite ces partenaires :

        - **le KIBHR** : conseils juridiques et représentation en justice ;
        - **Sana Sezim** : aide juridique aux personnes apatrides ;
        - **le Croissant-Rouge** : aide sociale et médicale ;
        - **l'Association internationale pour les projets sociaux** : éducation et aide pour devenir autonome.

        > [!NOTE]
        > Cette liste date de 2015. Les organisations et les programmes changent. Vérifiez avant d'y aller.

        ## Corruption : appelez le 1424
        Si un agent vous demande un pot-de-vin, appelez le **1424**, le centre d'appels du Service anticorruption. L'appel est gratuit, et la ligne fonctionne 24 heures sur 24, 7 jours sur 7. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        ## Que faire maintenant
        1. Rassemblez vos papiers : copies de votre passeport et de vos permis, procès-verbaux, décisions, reçus et récépissés. Le coffre de l'application vous aide.
        2. Notez les dates : quand les choses se sont passées, et chaque délai. Une amende ne peut être contestée que dans les 10 jours après la réception d'une copie de la décision : voir [contester une amende](article:kz-appeal-fine). Si vous avez dépassé les 10 jours pour une raison valable, comme une maladie, vous pouvez demander le rétablissement du délai : déposez une requête avec votre recours, avec la preuve de la raison. L'article du Code sur ce point n'est pas confirmé.
        3. Contactez une organisation tôt, avant la fin d'un délai.
        4. Vous trouverez ces organisations dans l'application, sous « Où trouver de l'aide ».
