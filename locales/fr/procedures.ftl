# Démarches : ce que la loi vous demande de faire, et avant quelle date. Chaque démarche est un message :
# .title et .summary pour l'écran, .task pour le rappel (il s'affiche sur l'écran de verrouillage : il ne
# nomme aucune personne et aucun nombre), .need-<item> pour chaque document exigé, .no-need-<item> pour
# chaque papier que la loi n'exige pas.

procedure-kz-residence-card-renewal =
    .title = Renouveler votre carte de séjour
    .summary = Demandez une nouvelle carte de séjour avant la fin de l'ancienne. Un cabinet d'avocats conseille de le faire au moins un mois avant : c'est la date limite qu'utilise Huquq.
    .task = Renouvelez votre carte de séjour
    .unverified = Le délai d'un mois vient d'un cabinet d'avocats, pas d'une source officielle. Les listes officielles demandent une copie du passeport et l'original « pour vérification » ; aucun texte que nous avons lu ne dit si l'original est rendu tout de suite ou s'il peut être gardé pendant la fabrication de votre carte.
    .need-passport = Votre passeport valide
    .need-state-fee-receipt = Le reçu de la taxe d'État
    .need-photos = 2 photos
    .no-need-original-passport-kept = Laisser l'original de votre passeport : les listes officielles demandent une copie et l'original « pour vérification ». Le droit d'un bureau de le garder n'est pas confirmé. Demandez qu'on vous le rende ; s'il est gardé, demandez l'acte juridique et une attestation écrite

procedure-kz-passport-custody =
    .title = Votre passeport au service des migrations
    .summary = Quand vous déposez vos documents pour une carte de séjour, la carte est prête en 7 jours ouvrables (procédure rapide) ou en 17 jours ouvrables (procédure normale). Retournez chercher votre carte avec le récépissé détachable. Si le bureau a gardé votre passeport, demandez qu'on vous le rende à ce moment-là. Chaque fois qu'il est gardé, demandez une attestation écrite.
    .task = Récupérez votre carte de séjour
    .unverified = Le droit d'un bureau de garder votre passeport pendant la fabrication de votre carte n'est pas confirmé : les listes officielles demandent une copie et l'original « pour vérification », et ne disent pas quand l'original est rendu. Huquq compte 17 jours ouvrables, sans les week-ends ni les jours fériés de sa liste. Cette liste n'est pas confirmée : les jours fériés ont changé en 2026 (le 30 août n'est plus un jour de repos, et le 15 mars devient le Jour de la Constitution à partir de 2027), et des jours de repos supplémentaires peuvent être déplacés par arrêté. Vérifiez la date auprès du bureau.
    .need-tear-off-receipt = Le récépissé détachable que vous avez reçu en déposant vos documents
    .no-need-original-passport-kept = Laisser l'original de votre passeport : les listes officielles demandent une copie et l'original « pour vérification ». Le droit d'un bureau de le garder n'est pas confirmé. Demandez qu'on vous le rende ; s'il est gardé, demandez l'acte juridique et une attestation écrite

procedure-kz-address-registration =
    .title = Enregistrer votre nouvelle adresse
    .summary = Après un déménagement, enregistrez votre nouvelle adresse. Un projet de règles prévoit 10 jours calendaires. Une amende de 10 MRP est signalée pour avoir vécu plus de 10 jours sans enregistrement.
    .task = Enregistrez votre nouvelle adresse
    .unverified = Le délai de 10 jours vient d'un projet de règles, et l'article de loi qui prévoit l'amende n'est pas indiqué. La liste des documents pour ce service n'est pas confirmée.
    .no-need-permission-to-choose-a-city = Une autorisation pour vivre dans une ville : vous choisissez où vous vivez, vous devez seulement enregistrer l'adresse

procedure-kz-temporary-residence-work =
    .title = Votre permis de séjour pour le travail après un changement d'emploi
    .summary = Le permis de séjour temporaire pour le travail est délivré pour votre contrat de travail. Si vous changez d'emploi, il doit être délivré de nouveau dans les 15 jours.
    .task = Renouvelez votre permis après le changement d'emploi
    .unverified = Les 15 jours viennent de gov.kz (situations/572), qui ne cite aucun acte juridique et ne dit pas s'il s'agit de jours calendaires ou de jours ouvrables ; Huquq compte des jours calendaires, ce qui donne la date la plus tôt. La liste des documents n'est pas confirmée.
    .need-passport = Votre passeport valide
    .need-employment-contract = Votre nouveau contrat de travail
    .no-need-work-permit-eaeu = Un permis de travail, si vous êtes citoyen de Russie, du Kirghizistan, de Biélorussie ou d'Arménie

procedure-kz-visa-free-stay =
    .title = Votre séjour sans visa : 30 jours, 90 jours sur 180
    .summary = Sans visa, vous pouvez rester au plus 30 jours par entrée, et au plus 90 jours sur toute période de 180 jours. Huquq compte à partir de vos dates d'entrée et de sortie. Depuis le 1er juillet 2026, vous devrez peut-être aussi vous enregistrer vous-même en ligne au plus tard le 30e jour après votre entrée : vérifiez.
    .task = Votre séjour autorisé se termine
    .unverified = Une nouvelle règle (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025, signalé comme en vigueur depuis le 1er juillet 2026) pourrait vous obliger à vous enregistrer vous-même en ligne auprès de la police au plus tard le 30e jour calendaire après le passage de la frontière, puis de nouveau dans les 5 jours ouvrables après un changement d'adresse. Des médias et un cabinet d'avocats le signalent ; nous n'avons pas lu l'arrêté. Votre hôte doit toujours prévenir la police dans les 3 jours ouvrables ; la façon dont les deux règles s'appliquent ensemble n'est pas confirmée.
    .need-passport = Votre passeport

procedure-kz-eaeu-stay =
    .title = Séjour des citoyens de l'UEE : 90 jours sur 180
    .summary = Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie peuvent rester jusqu'à 90 jours sur toute période de 180 jours (information signalée). Huquq compte à partir de vos dates d'entrée et de sortie. Un séjour de plus de 30 jours pour travailler peut exiger un permis de séjour temporaire, et vous devrez peut-être vous enregistrer vous-même au plus tard le 30e jour : vérifiez.
    .task = Votre séjour autorisé se termine
    .unverified = La limite de 90 jours sur toute période de 180 jours est signalée par des cabinets d'avocats ; nous ne l'avons pas lue dans le texte officiel. Non confirmé : si un séjour de plus de 30 jours pour travailler exige un permis de séjour temporaire (la page d'egov.kz sur le travail le dit pour les étrangers en général), et les limites pour les citoyens du Kirghizistan selon leur propre accord. Une nouvelle règle (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025, signalé comme en vigueur depuis le 1er juillet 2026) pourrait vous obliger à vous enregistrer vous-même en ligne auprès de la police au plus tard le 30e jour calendaire après le passage de la frontière ; nous n'avons pas lu l'arrêté.
    .need-passport = Votre passeport
    .no-need-work-permit = Un permis de travail

procedure-kz-appeal-penalty =
    .title = Contester une amende ou une sanction
    .summary = Vous pouvez faire un recours dans les 10 jours à partir du jour où vous avez reçu une copie de la décision, auprès de l'autorité supérieure ou devant un tribunal.
    .task = Dernier jour pour contester une décision
    .unverified = L'article exact de la règle sur le recours n'est pas confirmé. Huquq compte 10 jours calendaires, ce qui donne la date la plus tôt.
    .need-decision-copy = Votre copie de la décision
    .need-written-complaint = Votre recours écrit (gardez-en une copie)
