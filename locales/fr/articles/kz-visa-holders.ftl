article-kz-visa-holders =
    .title = Si vous êtes venu avec un visa : but, prolongation et départ à temps
    .summary = Un visa vous permet de rester seulement pour son but et jusqu'à sa date de fin. Renseignez-vous tôt sur une prolongation, vérifiez que votre hôte déclare votre séjour dans les 3 jours ouvrables, et partez à temps.
    .keywords = prolonger le visa, renouvellement de visa, visa étudiant, visa d'affaires, visa de travail, visa touristique, changer de visa, visa de sortie, lettre d'invitation, catégorie de visa, OVIR, visa C9, service des migrations, visa expiré, visa à entrées multiples, visa une entrée, visa périmé, visa bientôt expiré
    .unverified = Non confirmé : la liste actuelle des catégories et des codes de visa (les règles sur les visas ont changé en 2024, 2025 et 2026) ; si votre visa peut être prolongé ou changer de catégorie à l'intérieur du Kazakhstan, combien de temps cela prend et combien cela coûte ; si une personne dont le visa a pris fin a besoin d'un visa de sortie pour partir ; les sanctions pour un dépassement de plus de 5 jours.
    .body =
        ## Avez-vous besoin d'un visa ?
        Les citoyens de certains pays ont besoin d'un visa ; d'autres non. Consultez la liste officielle du ministère des Affaires étrangères. Si vous êtes sans visa, lisez [le séjour sans visa](article:kz-visa-free-stay).

        ## Les types de visa
        Les règles sur les visas sont un arrêté conjoint du ministère des Affaires étrangères et du ministère de l'Intérieur (n° 11-1-2/555 et n° 1100 de novembre 2016). Le portail du gouvernement classe les visas en trois groupes :

        - **A** : diplomatique, de service, d'investisseur ;
        - **B** : d'affaires, privé, touristique, de transit, de sortie et autres ;
        - **C** : résidence permanente, regroupement familial, travail, études, activité missionnaire, soins médicaux, mineurs.

        Chaque visa a un code. Un cabinet d'avocats donne des exemples : B1 à B3 affaires, B10 visite privée, B12 tourisme, C3 à C6 travail, C9 études, C12 soins. Trouvez le code sur votre propre visa.

        > [!WARNING]
        > Utilisez votre visa seulement pour son but. Un cabinet d'avocats avertit qu'un visa d'affaires ne permet pas un travail payé. Une université dit que les étudiants avec un visa C9 n'ont pas le droit de travailler. Les dates de validité d'un visa et le nombre de jours pendant lesquels vous pouvez rester peuvent être différents : vérifiez les deux.

        ## Prolonger ou changer un visa
        - À l'intérieur du Kazakhstan, le service des migrations du ministère de l'Intérieur délivre, rétablit et prolonge les visas.
        - Une prolongation exige une raison et des papiers, en général une demande écrite de votre hôte : votre université, votre employeur ou la personne qui vous a invité.
        - Commencez tôt. Une université dit qu'une prolongation peut prendre jusqu'à **30 jours ouvrables**. Une autre demande les papiers au moins 15 jours ouvrables avant la fin du visa. Par prudence, déposez vos papiers au moins 30 jours ouvrables (environ 6 semaines) avant la fin du visa.
        - Changer de catégorie à l'intérieur du pays, par exemple passer d'un visa de travail à un visa familial, a été facilité, selon un site d'information. Il n'est pas confirmé que votre changement soit possible : posez la question par écrit au service des migrations.

        ## L'enregistrement
        Votre hôte (propriétaire, hôtel, université ou employeur) doit prévenir la police dans les **3 jours ouvrables** après votre arrivée. Voir [la déclaration par l'hôte](article:kz-host-notification). Certaines universités demandent aux étudiants de venir à leur bureau international le premier jour.

        ## Partez à temps
        Rester trop longtemps est une infraction (Code des infractions administratives, art. 517, partie 3) : jusqu'à 3 jours de trop entraînent un avertissement, de 3 à 5 jours une amende de 10 MRP. Les sanctions pour un dépassement plus long ne sont pas confirmées, et [l'expulsion](article:kz-expulsion) est l'une des sanctions du Code. Voir [le dépassement de la durée de séjour](article:kz-overstay).

        Si votre visa a déjà pris fin, n'attendez pas et n'allez pas simplement à la frontière : demandez d'abord [une aide juridique](article:kz-legal-aid).

        ## Que faire maintenant
        1. Regardez votre visa : le code, les dates et le nombre d'entrées. Enregistrez-en une photo dans le coffre de l'application.
        2. Notez votre dernier jour. Mettez un rappel au moins 2 mois avant.
        3. Si vous avez besoin de plus de temps, demandez tout de suite à votre hôte la lettre pour une prolongation.
        4. Vérifiez que votre hôte a déclaré votre séjour.
