article-kz-eaeu-workers =
    .title = Travailleurs des pays de l'UEE : pas besoin de permis de travail
    .summary = Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie n'ont pas besoin de permis de travail au Kazakhstan. Leur durée maximale de séjour est signalée comme étant de 90 jours sur toute période de 180 jours, mais un séjour de plus de 30 jours pour travailler peut exiger un permis de séjour temporaire, et vous devrez peut-être vous enregistrer vous-même au plus tard le 30e jour : vérifiez.
    .keywords = UEEA, EAEU, Union eurasiatique, Russe, Biélorusse, Arménien, Kirghiz, travailler sans permis, pas de permis, article 97, traité de l'UEE, 90/180, permis de travail, Union douanière, passeport russe, citoyen de l'UEE, travailler sans patente
    .unverified = La limite de 90 jours sur toute période de 180 jours est signalée par des cabinets d'avocats et par la presse ; nous ne l'avons pas lue dans le texte officiel. Non confirmé : si un séjour de plus de 30 jours pour travailler exige un permis de séjour temporaire pour les citoyens de l'UEE, et les limites de séjour pour les citoyens du Kirghizistan selon leur accord bilatéral. La nouvelle règle d'enregistrement (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025, à partir du 1er juillet 2026) est signalée par des médias et un cabinet d'avocats ; nous n'avons pas lu l'arrêté, et la façon dont elle s'applique avec la déclaration par l'hôte n'est pas confirmée.
    .body =
        ## Pour qui est cet article
        L'Union économique eurasiatique (UEE) réunit le Kazakhstan, la Russie, le Kirghizistan, la Biélorussie et l'Arménie. Cet article est pour les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie qui veulent travailler au Kazakhstan.

        ## Pas de permis de travail
        Selon le Traité sur l'Union économique eurasiatique (art. 97, par. 1), les citoyens des pays de l'UEE **n'ont pas besoin de permis de travail** pour travailler au Kazakhstan.

        ## Combien de temps vous pouvez rester
        Les citoyens des pays de l'UEE peuvent rester **90 jours sur toute période de 180 jours** (information signalée). Cette limite ne s'applique pas aux personnes qui ont un permis de séjour ou un visa.

        Les citoyens du Kirghizistan ont aussi un accord bilatéral avec le Kazakhstan. Ses règles de séjour ne sont pas encore confirmées : voir [les citoyens du Kirghizistan](article:kz-kyrgyz-citizens).

        > [!NOTE]
        > « Pas de permis de travail » ne veut pas dire « pas de règles ». La page officielle d'egov.kz sur le travail dit qu'un séjour de plus de 30 jours pour travailler ou étudier exige un permis de séjour temporaire. Demandez à la police des migrations si et comment cela s'applique à vous, et sur quel acte juridique elle se fonde.

        ## L'enregistrement de votre séjour
        - Votre hôte (propriétaire, hôtel ou employeur) doit prévenir la police dans les **3 jours ouvrables** après votre arrivée. Voir [la déclaration par l'hôte](article:kz-host-notification).
        - **Nouveau depuis le 1er juillet 2026 (non confirmé) :** une nouvelle règle est signalée : elle pourrait vous obliger à vous enregistrer vous-même en ligne auprès de la police **au plus tard le 30e jour calendaire** après le passage de la frontière, sauf si un traité prévoit autre chose. Si vous changez d'adresse, vous vous enregistrez de nouveau dans les **5 jours ouvrables**. Renseignez-vous auprès de la police des migrations avant le 30e jour.

        ## Que faire maintenant
        1. Gardez des copies de votre passeport et de votre contrat de travail. Enregistrez-en des photos dans le coffre de l'application.
        2. Comptez vos jours. Notez chaque date d'entrée au Kazakhstan et de sortie.
        3. Vérifiez que votre hôte a déclaré votre séjour. Avant le 30e jour, demandez à la police des migrations si vous devez aussi vous enregistrer vous-même en ligne.
        4. Si on vous dit qu'il vous faut un permis de travail, demandez calmement quel acte juridique l'exige. Citez le Traité sur l'UEE, article 97, paragraphe 1. Voir [les papiers que la loi n'exige pas](article:kz-extra-papers).
        5. Avant d'avoir épuisé vos jours de séjour autorisés, lisez les articles sur [le permis de séjour temporaire](article:kz-temporary-residence-work) et [le dépassement de la durée de séjour](article:kz-overstay).
