article-kz-asylum =
    .title = Demander l'asile : déposez votre demande dans un délai de 1 à 5 jours
    .summary = Si vous craignez des persécutions dans votre pays, vous pouvez demander au Kazakhstan le statut de réfugié. Déposez une demande écrite dans un délai de 1 jour si vous avez passé la frontière de façon irrégulière, et sinon dans les 5 jours calendaires après votre arrivée. Vous recevez un certificat de demandeur d'asile.
    .keywords = asile politique, demande d'asile, réfugié, protection internationale, fuir la guerre, peur de rentrer, renvoi, non-refoulement, certificat d'asile, empreintes digitales, HCR, refus d'asile, entretien d'asile, service de l'emploi, asile, chercher refuge, menacé dans mon pays, carte de demandeur d'asile, danger de mort, guerre dans mon pays
    .unverified = Non confirmé : quel bureau reçoit aujourd'hui les demandes dans chaque région (cette tâche est passée de la police des migrations aux services locaux de l'emploi en 2022) ; le délai et le tribunal pour contester un refus ; quel article de la loi du Kazakhstan interdit de renvoyer une personne dont la demande est en cours d'examen ; ce qui se passe si vous déposez votre demande après le délai.
    .body =
        ## Qui est réfugié
        Un réfugié est une personne qui se trouve hors de son pays et qui ne peut pas ou ne veut pas y retourner parce qu'elle craint avec raison d'être persécutée à cause de sa race, de sa nationalité, de sa religion, de sa citoyenneté, de son appartenance à un groupe social ou de ses opinions politiques (loi « Sur les réfugiés » du 4 décembre 2009, n° 216-IV, art. 1).

        ## Faites vite : les délais
        - **1 jour** : si vous avez passé la frontière de façon irrégulière, déposez votre demande dans un délai d'un jour (HCR).
        - À un poste-frontière officiel, remettez une demande écrite au Service des frontières (HCR).
        - **5 jours calendaires** : dans les autres cas, déposez votre demande dans les 5 jours après votre arrivée, ou après le jour où vous avez appris le danger (gov.kz).

        Déposez votre demande **par écrit**, en personne ou par un représentant, au service local de l'emploi et des programmes sociaux de votre région ou de votre ville. Jusqu'en 2022, c'était la police des migrations qui s'en occupait.

        La demande est rédigée en kazakh ou en russe. Si vous ne pouvez pas l'écrire, un interprète l'écrit d'après vos paroles (règles de 2022, selon les informations signalées).

        ## Ce que vous recevez
        - Le jour où votre demande est enregistrée : un **certificat de demandeur d'asile**. Il montre que votre séjour est légal pendant l'examen de votre dossier. Il est valable **3 mois** ; si l'examen dure plus longtemps, vous en recevez un nouveau.
        - Dans les **3 jours calendaires** après l'avoir reçu, vous devez donner vos empreintes digitales.
        - À l'entretien, dites la vérité et apportez tous vos documents.

        ## Combien de temps cela prend
        La décision doit être prise dans les **3 mois** après l'enregistrement. Si d'autres vérifications sont nécessaires, cela peut prendre jusqu'à **1 an** (loi « Sur les réfugiés », art. 11).

        ## Protection contre le renvoi
        Le Kazakhstan a adhéré à la Convention relative au statut des réfugiés. Le HCR dit qu'un réfugié **ou un demandeur d'asile** ne doit pas être renvoyé dans un pays où sa vie ou sa liberté est en danger, et que cette règle passe avant les accords d'extradition. Le HCR a critiqué le Kazakhstan pour avoir renvoyé un demandeur d'asile.

        ## Si votre demande est refusée
        Les tribunaux examinent les affaires d'asile. Le délai pour contester un refus n'est pas confirmé, et il peut être court : agissez tout de suite. Peu de personnes obtiennent le statut de réfugié : en 2024, 383 demandes ont été déposées et 11 personnes ont obtenu le statut (ministère du Travail, selon le KIBHR). Demandez une aide juridique tôt.

        ## Le HCR et l'aide
        Le HCR, l'agence des Nations unies pour les réfugiés, explique la procédure sur [help.unhcr.org](https://help.unhcr.org/centralasia/kazakhstan-2/information-for-asylum-seekers-and-refugees-in-kazakhstan). Voir aussi [les réfugiés et le HCR](article:intl-refugees). Si vous n'avez la nationalité d'aucun pays, demandez une aide juridique à Sana Sezim.

        ## Que faire maintenant
        1. N'attendez pas. Écrivez votre demande aujourd'hui.
        2. Demandez un interprète si vous en avez besoin.
        3. Gardez le certificat sur vous. Enregistrez-en une photo dans le coffre de l'application et notez sa date de fin.
        4. Donnez vos empreintes digitales dans les 3 jours.
        5. Contactez le HCR ou le KIBHR : voir [l'aide juridique](article:kz-legal-aid).
        6. Si votre demande est refusée, demandez la décision par écrit et faites un recours tout de suite.
