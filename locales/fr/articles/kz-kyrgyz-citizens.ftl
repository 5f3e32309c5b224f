article-kz-kyrgyz-citizens =
    .title = Citoyens du Kirghizistan : combien de temps vous pouvez rester
    .summary = Les citoyens du Kirghizistan relèvent des règles de l'UEE et d'un accord bilatéral. Les durées de séjour exactes prévues par cet accord ne sont pas confirmées.
    .unverified = Les durées de séjour prévues par l'accord entre le Kazakhstan et le Kirghizistan ne sont pas confirmées. Une source (24.kg) parle de 30 jours sans enregistrement, puis de 90 jours au plus, avec prolongation possible. Une autre source parle de 180 jours.
    .body =
        ## Deux ensembles de règles
        Le Kirghizistan est membre de l'Union économique eurasiatique (UEE, en russe : ЕАЭС). Il a aussi un accord bilatéral avec le Kazakhstan.

        ## Les règles de l'UEE
        - Les citoyens des pays de l'UEE peuvent rester **90 jours sur toute période de 180 jours**.
        - Ils **n'ont pas besoin de permis de travail** (Traité sur l'UEE, art. 97, par. 1). Voir [les travailleurs des pays de l'UEE](article:kz-eaeu-workers).

        ## L'accord bilatéral
        Le site d'information 24.kg indique que, selon cet accord, les citoyens du Kirghizistan peuvent rester :

        - **30 jours** sans enregistrement ;
        - puis jusqu'à **90 jours**, avec prolongation possible.

        Une autre source parle de **180 jours**. Nous n'avons pas confirmé laquelle a raison.

        > [!WARNING]
        > Tant que ce n'est pas clair, suivez la règle la plus stricte. Ne comptez pas sur 180 jours.

        ## Votre hôte déclare votre séjour
        La règle générale : votre hôte (propriétaire, hôtel ou employeur) prévient la police dans les **3 jours ouvrables** après votre arrivée. Voir [la déclaration par l'hôte](article:kz-host-notification).

        ## Que faire maintenant
        1. Notez chaque date d'entrée au Kazakhstan et de sortie.
        2. Avant la fin de vos 30 premiers jours, demandez à la police des migrations (en russe : миграционная полиция) si vous devez vous enregistrer, et comment.
        3. Si vous voulez rester plus de 90 jours, demandez à la police des migrations quelle règle s'applique à vous, et demandez-lui de citer l'acte juridique.
        4. Gardez des copies de votre passeport et de vos papiers d'enregistrement. Enregistrez-en des photos dans le coffre de l'application.
        5. Ne restez pas trop longtemps : voir [le dépassement de la durée de séjour](article:kz-overstay).
