article-kz-written-appeal =
    .title = Déposer une demande écrite : exigez toujours votre récépissé
    .summary = Quand vous déposez en personne une demande écrite, vous recevez un récépissé avec la date, l'heure et le nom de l'agent qui l'a reçue, et personne n'a le droit de refuser de la prendre.
    .body =
        ## Vos droits quand vous déposez une demande
        Les étrangers peuvent s'adresser aux tribunaux et aux organes de l'État avec les mêmes droits de procédure que les citoyens (loi « Sur le statut juridique des étrangers », art. 18).

        Quand vous déposez une demande écrite (en russe : письменное обращение) en personne :

        - vous recevez un **récépissé** (en russe : талон) avec la date, l'heure et le nom de l'agent qui l'a acceptée ;
        - refuser d'accepter une demande est **interdit**.

        > [!TIP]
        > Apportez deux exemplaires. Déposez-en un. Gardez l'autre avec le récépissé. Le récépissé prouve que vous avez déposé votre demande, et quand.

        ## Se plaindre au parquet
        - Vous pouvez écrire au parquet (le bureau du procureur, en russe : прокуратура) dans **n'importe quelle langue**, y compris votre langue maternelle.
        - Le Code de procédure administrative dit ce que la plainte doit contenir (art. 93) et fixe les délais (art. 92).
        - Une plainte contre un acte administratif peut être déposée dans un délai de **3 mois**. Si vous l'avez manqué, vous pouvez demander qu'il soit rétabli (art. 91).

        > [!WARNING]
        > Pour une décision qui vous inflige une amende, le délai est bien plus court. Lisez tout de suite comment [contester une amende](article:kz-appeal-fine).

        ## Que faire maintenant
        1. Écrivez clairement : qui vous êtes, ce qui s'est passé, quand, et ce que vous demandez.
        2. Signez et datez votre demande.
        3. Déposez-la et demandez le récépissé. Vérifiez la date, l'heure et le nom.
        4. Si on refuse de prendre votre demande, notez le nom, le lieu et l'heure. Le refus est interdit, et vous pouvez vous en plaindre.
        5. Si un agent vous demande un pot-de-vin, appelez le **1424** : voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        Voir aussi vos droits quand [un procès-verbal est dressé](article:kz-protocol-rights).
