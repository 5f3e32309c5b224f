article-kz-required-documents =
    .title = Les papiers exigés par la loi
    .summary = Sachez quels papiers les règles prévoient et, si un agent en demande plus, demandez quelle loi l'exige et faites une demande écrite.
    .body =
        ## Ce que prévoient les règles
        Pour la résidence permanente (voir [résidence permanente](article:kz-permanent-residence)) :
        - **L'autorisation de résidence permanente** : un passeport valable plus de 180 jours, l'accord de votre pays d'origine pour votre émigration, une autobiographie, la preuve que vous pouvez subvenir à vos besoins, un certificat de casier judiciaire et l'accord du propriétaire du logement (en personne ou signé chez un notaire).
        - **La carte de séjour** : le reçu de la taxe d'État, 2 photos et votre passeport valide.

        L'original du passeport est présenté « pour vérification ». Seule une copie va dans votre dossier.

        ## Quand on vous demande « encore un papier »
        Des migrants racontent que les agents demandent un document de plus à chaque visite, même quand la loi ne l'exige pas. En tant qu'étranger, vous êtes égal devant la loi. Devant les organes de l'État et les tribunaux, vous avez les mêmes droits que les citoyens (loi « Sur le statut juridique des étrangers », art. 3 et 18).

        ## Que faire maintenant
        1. Demandez calmement : « Quelle loi exige ce document ? » Notez la réponse et le nom de l'agent.
        2. S'il n'y a pas de réponse claire, déposez une **demande écrite** (en russe : письменное обращение) auprès de ce bureau.
        3. Déposez-la en personne. Vous recevez un récépissé (en russe : талон) avec la date, l'heure et le nom de l'agent qui l'a acceptée. Un bureau n'a pas le droit de refuser votre demande.
        4. Gardez une copie de votre demande et le récépissé.
        5. Vous pouvez écrire une plainte au parquet (en russe : прокуратура) dans n'importe quelle langue, y compris la vôtre. Une plainte contre une décision d'un organe de l'État se dépose dans les 3 mois.
        6. Si quelqu'un vous demande de l'argent, appelez le **1424**, la ligne anticorruption gratuite (jour et nuit).

        > [!TIP]
        > Une demande écrite laisse une trace. Une demande orale, non.

        Voir aussi [écrire une demande](article:kz-written-appeal) et [pots-de-vin et ligne 1424](article:kz-bribes-1424).
