article-kz-required-documents =
    .title = Les papiers exigés par la loi
    .summary = Sachez quels papiers les règles prévoient et, si un agent en demande plus, demandez quelle loi l'exige et faites une demande écrite.
    .keywords = liste des documents, pièces à fournir, dossier complet, justificatifs, original du passeport, documents exigés, que faut-il apporter, paperasse, acte juridique, vérification, dossier de demande, carte de séjour, papiers obligatoires, liste officielle, constituer le dossier, papiers pour la résidence, papiers nécessaires
    .unverified = Les listes officielles demandent une copie du passeport et l'original « pour vérification ». Aucun texte que nous avons lu ne dit que l'original est rendu tout de suite, ni si un bureau peut le garder pendant le traitement de votre demande.
    .body =
        ## Ce que prévoient les règles
        Pour la résidence permanente (voir [résidence permanente](article:kz-permanent-residence)) :
        - **L'autorisation de résidence permanente** : un passeport valable plus de 180 jours, l'accord de votre pays d'origine pour votre émigration, une autobiographie, la preuve que vous pouvez subvenir à vos besoins, un certificat de casier judiciaire et l'accord du propriétaire du logement (en personne ou signé chez un notaire).
        - **La carte de séjour** : le reçu de la taxe d'État, 2 photos et votre passeport valide.

        Pour l'autorisation, les listes officielles demandent une copie de votre passeport et l'original « pour vérification ». Elles ne disent pas si l'original est rendu tout de suite. Demandez qu'on le vérifie, qu'on verse la copie au dossier et qu'on vous rende l'original. S'il est gardé, demandez l'acte juridique et une attestation écrite : voir [quand quelqu'un garde votre passeport](article:kz-passport-confiscation).

        ## Quand on vous demande « encore un papier »
        Des migrants racontent que les agents demandent un document de plus à chaque visite, même quand la loi ne l'exige pas. En tant qu'étranger, vous êtes égal devant la loi. Devant les organes de l'État et les tribunaux, vous avez les mêmes droits que les citoyens (loi « Sur le statut juridique des étrangers », art. 3 et 18).

        ## Que faire maintenant
        1. Demandez calmement : « Quelle loi exige ce document ? » Notez la réponse et le nom de l'agent.
        2. S'il n'y a pas de réponse claire, déposez une **demande écrite** auprès de ce bureau.
        3. Déposez-la en personne. Vous recevez un récépissé avec un numéro unique, la date, l'heure, ainsi que le nom et la fonction de la personne qui l'a acceptée. Un bureau n'a pas le droit de refuser d'accepter votre demande (Code de procédure administrative, art. 64).
        4. Gardez une copie de votre demande et le récépissé.
        5. Les délais, du plus court au plus long : une décision qui inflige une amende ne peut être contestée que dans les **10 jours** après la réception d'une copie. Une plainte contre une autre décision d'un bureau est déposée auprès de ce bureau dans les **3 mois** à partir du jour où vous l'avez apprise (Code de procédure administrative, art. 91–92). Le parquet est une voie distincte : vous pouvez lui écrire dans n'importe quelle langue, y compris la vôtre. Voir [se plaindre au parquet](article:kz-prosecutor-complaint).
        6. Si quelqu'un vous demande de l'argent, appelez le **1424**, la ligne anticorruption gratuite (jour et nuit).

        > [!TIP]
        > Une demande écrite laisse une trace. Une demande orale, non.

        Voir aussi [écrire une demande](article:kz-written-appeal) et [pots-de-vin et ligne 1424](article:kz-bribes-1424).
