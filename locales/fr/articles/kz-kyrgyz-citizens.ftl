article-kz-kyrgyz-citizens =
    .title = Citoyens du Kirghizistan : combien de temps vous pouvez rester
    .summary = Les citoyens du Kirghizistan relèvent des règles de l'UEE et d'un accord bilatéral. Les durées de séjour exactes prévues par cet accord ne sont pas confirmées.
    .keywords = Kirghiz, Kirghizstan, Kirghizie, passeport kirghiz, ressortissant kirghiz, 90 jours, 180 jours, durée de séjour, prolonger le séjour, UEE, enregistrement après 30 jours, Bichkek, travailleur kirghiz, migrant kirghiz, combien de temps rester
    .unverified = Les durées de séjour prévues par l'accord entre le Kazakhstan et le Kirghizistan ne sont pas confirmées : nous n'avons pas lu le texte de l'accord. Le ministère des Affaires étrangères du Kirghizistan, cité par 24.kg, parle de 30 jours sans enregistrement, puis d'un enregistrement pour 90 jours au plus à partir du passage de la frontière, qui peut être prolongé. Nous n'avons trouvé aucune source pour le chiffre de 180 jours. La limite de l'UEE de 90 jours sur toute période de 180 jours est signalée comme s'appliquant aussi aux citoyens du Kirghizistan. La nouvelle règle d'enregistrement du 1er juillet 2026 (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025) s'applique sauf si un traité prévoit autre chose ; la façon dont elle s'applique aux citoyens du Kirghizistan n'est pas confirmée, et nous n'avons pas lu l'arrêté.
    .body =
        ## Deux ensembles de règles
        Le Kirghizistan est membre de l'Union économique eurasiatique (UEE). Il a aussi un accord bilatéral avec le Kazakhstan.

        ## Les règles de l'UEE
        - Les citoyens des pays de l'UEE peuvent rester **90 jours sur toute période de 180 jours** (information signalée). Cette limite est signalée comme s'appliquant aussi aux citoyens du Kirghizistan.
        - Ils **n'ont pas besoin de permis de travail** (Traité sur l'UEE, art. 97, par. 1). Voir [les travailleurs des pays de l'UEE](article:kz-eaeu-workers).

        ## L'accord bilatéral
        Le site d'information 24.kg, qui cite le ministère des Affaires étrangères du Kirghizistan, indique que, selon cet accord, les citoyens du Kirghizistan peuvent rester :

        - **30 jours** sans enregistrement ;
        - puis, avec un enregistrement, jusqu'à **90 jours** à partir du passage de la frontière, avec prolongation possible.

        Certaines personnes parlent de **180 jours**. Nous n'avons trouvé aucune source pour ce chiffre.

        > [!WARNING]
        > Tant que ce n'est pas clair, suivez la règle la plus stricte : pas plus de 90 jours sur toute période de 180 jours. Ne comptez pas sur 180 jours.

        ## L'enregistrement de votre séjour
        La règle générale : votre hôte (propriétaire, hôtel ou employeur) prévient la police dans les **3 jours ouvrables** après votre arrivée. Voir [la déclaration par l'hôte](article:kz-host-notification).

        Depuis le 1er juillet 2026, une nouvelle règle est signalée (non confirmée) : les personnes des pays dont les citoyens peuvent rester jusqu'à 90 jours doivent s'enregistrer elles-mêmes en ligne auprès de la police au plus tard le **30e jour calendaire** après le passage de la frontière, sauf si un traité prévoit autre chose. Il n'est pas confirmé que l'accord avec le Kirghizistan change cela : enregistrez-vous à temps.

        ## Que faire maintenant
        1. Notez chaque date d'entrée au Kazakhstan et de sortie.
        2. Avant la fin de vos 30 premiers jours, demandez à la police des migrations si vous devez vous enregistrer, et comment.
        3. Si vous voulez rester plus de 90 jours, demandez à la police des migrations quelle règle s'applique à vous, et demandez-lui de citer l'acte juridique.
        4. Gardez des copies de votre passeport et de vos papiers d'enregistrement. Enregistrez-en des photos dans le coffre de l'application.
        5. Ne restez pas trop longtemps : voir [le dépassement de la durée de séjour](article:kz-overstay).
