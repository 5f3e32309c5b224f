article-kz-unpaid-wages =
    .title = Salaire impayé, pas de contrat, passeport pris : vos droits au travail
    .summary = Votre employeur doit vous payer au moins une fois par mois, au plus tard le 10 du mois suivant. Vous pouvez vous plaindre à l'inspection du travail. Si vous avez été licencié, agissez dans un délai de 1 mois ; une demande pour des salaires impayés doit être faite dans un délai de 1 an.
    .keywords = patron ne paie pas, salaire non payé, salaire en retard, arriérés de salaire, renvoyé, licenciement, heures supplémentaires, travail forcé, traite des êtres humains, travail au noir, sans-papiers, fiche de paie, tribunal du travail, litige du travail, commission de conciliation, patron escroc, esclavage moderne, patron m'a menacé, travailler gratuitement, argent de mon travail
    .unverified = Non confirmé : que le Code du travail couvre chaque travailleur étranger (un cabinet d'avocats dit qu'il couvre les étrangers qui travaillent avec un contrat de travail) ; comment se plaindre en ligne à l'inspection du travail et dans quel délai elle doit répondre ; si une règle interdit expressément à un employeur de garder votre passeport (nous n'en avons trouvé aucune qui le permette) ; si un travailleur sans permis valide peut se plaindre sans risque. Aucun numéro de téléphone des inspections du travail n'a été confirmé.
    .body =
        ## Les délais, du plus court au plus long
        - **Licencié et vous voulez retrouver votre emploi :** **1 mois** pour saisir la commission de conciliation, à partir du jour où vous recevez (ou où l'on vous envoie par lettre recommandée) une copie de l'ordre de l'employeur qui met fin à votre contrat. Ensuite, 2 mois pour saisir le tribunal, à partir du jour où vous recevez la décision de la commission. Quand vous pouvez aller directement devant le tribunal : 3 mois à partir du jour où vous recevez l'ordre (Code du travail, art. 160).
        - **Salaires impayés, heures supplémentaires et autres litiges :** **1 an** à partir du jour où vous avez appris, ou auriez dû apprendre, la violation (Code du travail, art. 160).

        ## Ce que dit la loi
        - Le contrat de travail est écrit, en au moins deux exemplaires, et **un exemplaire est à vous** (art. 33).
        - Pas de contrat par la faute de l'employeur ? L'employeur en est responsable, et votre travail compte à partir du **premier jour où vous avez travaillé** (art. 33).
        - Le salaire est payé en tenge **au moins une fois par mois**, au plus tard dans les 10 premiers jours du mois suivant. En cas de retard de paiement, l'employeur doit aussi des intérêts pour chaque jour (art. 113).
        - Les heures supplémentaires exigent votre **accord écrit** : 2 heures par jour au plus, 12 heures par mois, 120 heures par an (art. 77–78). Elles sont payées au moins **1,5 fois** votre taux (art. 108).
        - Un employeur qui ne paie pas les salaires peut recevoir une amende (KoAP, art. 87).

        ## Où se plaindre
        1. **Inspection du travail :** le service du Comité de l'inspection d'État du travail de votre région. Il peut contrôler l'employeur et ordonner le paiement. Vous pouvez lui écrire, ou utiliser e-Otinish ou la rubrique des demandes d'egov.kz.
        2. **Commission de conciliation** sur le lieu de travail. Les micro-entreprises, les petites organisations à but non lucratif et les employeurs de travailleurs domestiques n'en ont pas : allez alors devant le tribunal.
        3. **Tribunal.** Si vous n'avez aucun papier, le tribunal peut décider si vous étiez employé.

        ## Passeport pris, ou pas libre de partir
        Selon des rapports, les employeurs prennent souvent les passeports des travailleurs migrants. Le travail forcé est interdit (art. 7). La loi contre la traite des êtres humains couvre l'exploitation d'une personne par des menaces, la tromperie ou la dépendance. Un rapport du gouvernement des États-Unis dit que les victimes étrangères peuvent obtenir un séjour temporaire avec le droit de travailler. Voir [quand quelqu'un garde votre passeport](article:kz-passport-confiscation).

        > [!WARNING]
        > Si on vous menace, si on vous enferme ou si on ne vous paie pas du tout, il s'agit peut-être de travail forcé. Allez à la police ou à votre consulat, et demandez [une aide juridique](article:kz-legal-aid).

        ## Que faire maintenant
        1. Notez : le nom et l'adresse de l'employeur, vos dates, vos heures et le salaire promis.
        2. Gardez des preuves : photos, messages, fiches de paie, noms de témoins. Enregistrez-les dans le coffre de l'application.
        3. Demandez par écrit à votre employeur votre exemplaire du contrat et votre salaire. Gardez-en une copie.
        4. Plaignez-vous à l'inspection du travail. Gardez le récépissé ou le numéro d'enregistrement : voir [déposer une demande écrite](article:kz-written-appeal).
        5. Notez les délais, du plus court au plus long : 1 mois après un licenciement, 1 an pour les salaires.
        6. Si vos papiers de séjour ne sont pas en règle, demandez une aide juridique avant de vous plaindre.
