article-kz-written-appeal =
    .title = Déposer une demande écrite : exigez toujours votre récépissé
    .summary = Quand vous déposez une demande écrite auprès d'un organe de l'État, personne n'a le droit de refuser de l'accepter, et vous recevez un récépissé avec son numéro, la date, l'heure et le nom de la personne qui l'a reçue (Code de procédure administrative, art. 64). Surveillez les délais : 10 jours pour contester une amende, 3 mois pour une plainte contre une autre décision.
    .keywords = accusé de réception, courrier officiel, requête, réclamation, pétition, refus de réception, numéro d'enregistrement, plainte écrite, déposer une plainte, preuve de dépôt, décharge, copie tamponnée, cachet, e-Otinish, comment écrire une plainte, refusé ma lettre
    .body =
        ## Vos droits quand vous déposez une demande
        Les étrangers peuvent s'adresser aux tribunaux et aux organes de l'État avec les mêmes droits de procédure que les citoyens (loi « Sur le statut juridique des étrangers », art. 18).

        Selon le Code de procédure administrative (art. 64) :

        - il est **interdit** de refuser d'accepter une demande ;
        - quand vous déposez une demande auprès d'un organe de l'État, d'un organe d'autonomie locale ou d'une personne morale de l'État, vous recevez un **récépissé**. Il indique un numéro unique, la date et l'heure, ainsi que le nom, les initiales et la fonction de la personne qui l'a acceptée.

        > [!TIP]
        > Apportez deux exemplaires. Déposez-en un. Gardez l'autre avec le récépissé. Le récépissé prouve que vous avez déposé votre demande, et quand.

        ## Les délais, du plus court au plus long
        - Une décision qui inflige une **amende** : faites un recours dans les **10 jours** après la réception d'une copie. Lisez tout de suite comment [contester une amende](article:kz-appeal-fine).
        - Une autre décision d'un bureau (un acte administratif) : une plainte dans les **3 mois** à partir du jour où vous l'avez apprise. Vous la déposez auprès du bureau qui a pris la décision, et c'est l'autorité supérieure qui statue. Un délai dépassé pour une raison valable peut être rétabli sur demande (art. 91–92).
        - Le parquet est une voie distincte. Vous pouvez lui écrire dans **n'importe quelle langue**, y compris votre langue maternelle. Il peut prendre en charge votre plainte dans certaines situations. Voir [se plaindre au parquet](article:kz-prosecutor-complaint).

        ## Que faire maintenant
        1. Écrivez clairement : qui vous êtes, ce qui s'est passé, quand, et ce que vous demandez.
        2. Signez et datez votre demande.
        3. Déposez-la et demandez le récépissé. Vérifiez le numéro, la date, l'heure et le nom qui y figurent.
        4. Si on refuse de prendre votre demande, notez le nom de la personne, le lieu et l'heure. Le refus est interdit (art. 64), et vous pouvez vous en plaindre.
        5. Si un agent vous demande un pot-de-vin, appelez le **1424** : voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        Voir aussi vos droits quand [un procès-verbal est dressé](article:kz-protocol-rights).
