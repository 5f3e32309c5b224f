article-kz-eaeu-workers =
    .title = Travailleurs des pays de l'UEE : pas besoin de permis de travail
    .summary = Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie n'ont pas besoin de permis de travail au Kazakhstan, et peuvent rester 90 jours sur toute période de 180 jours.
    .body =
        ## Pour qui est cet article
        L'Union économique eurasiatique (UEE, en russe : ЕАЭС) réunit le Kazakhstan, la Russie, le Kirghizistan, la Biélorussie et l'Arménie. Cet article est pour les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie qui veulent travailler au Kazakhstan.

        ## Pas de permis de travail
        Selon le Traité sur l'Union économique eurasiatique (art. 97, par. 1), les citoyens des pays de l'UEE **n'ont pas besoin de permis de travail** pour travailler au Kazakhstan.

        ## Combien de temps vous pouvez rester
        Les citoyens des pays de l'UEE peuvent rester **90 jours sur toute période de 180 jours**. Cette limite ne s'applique pas aux personnes qui ont un permis de séjour ou un visa.

        Les citoyens du Kirghizistan ont aussi un accord bilatéral avec le Kazakhstan. Ses règles de séjour ne sont pas encore confirmées : voir [les citoyens du Kirghizistan](article:kz-kyrgyz-citizens).

        > [!NOTE]
        > « Pas de permis de travail » ne veut pas dire « pas de règles ». La page officielle d'egov.kz sur le travail dit qu'un séjour de plus de 30 jours pour travailler ou étudier exige un permis de séjour temporaire. Demandez à la police des migrations (en russe : миграционная полиция) si et comment cela s'applique à vous, et sur quel acte juridique elle se fonde.

        ## Votre hôte déclare votre séjour
        Votre hôte (propriétaire, hôtel ou employeur) doit prévenir la police dans les **3 jours ouvrables** après votre arrivée. Voir [la déclaration par l'hôte](article:kz-host-notification).

        ## Que faire maintenant
        1. Gardez des copies de votre passeport et de votre contrat de travail. Enregistrez-en des photos dans le coffre de l'application.
        2. Comptez vos jours. Notez chaque date d'entrée au Kazakhstan et de sortie.
        3. Vérifiez que votre hôte a déclaré votre séjour.
        4. Si on vous dit qu'il vous faut un permis de travail, demandez calmement quel acte juridique l'exige. Citez le Traité sur l'UEE, article 97, paragraphe 1. Voir [les papiers que la loi n'exige pas](article:kz-extra-papers).
        5. Avant d'avoir épuisé vos jours de séjour autorisés, lisez les articles sur [le permis de séjour temporaire](article:kz-temporary-residence-work) et [le dépassement de la durée de séjour](article:kz-overstay).
