article-kz-address-registration =
    .title = Enregistrer votre adresse après un déménagement
    .summary = Quand vous changez de logement, enregistrez vite votre nouvelle adresse, même si vous êtes résident permanent.
    .keywords = propiska, enregistrement, domiciliation, changement d'adresse, déménager, nouveau logement, nouvel appartement, adresse de résidence, déclaration de domicile, sans enregistrement, amende enregistrement, OVIR, police des migrations, changer de maison, nouvelle maison, chambre louée, nouveau domicile, délai pour déclarer
    .unverified = Le délai de 10 jours vient d'un projet de règles d'enregistrement. L'amende de 10 MRP est signalée par un seul site, qui ne cite pas l'article de loi. Aucun de ces deux points n'est encore confirmé. La nouvelle règle d'enregistrement pour les personnes en court séjour (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025, à partir du 1er juillet 2026) est connue par des médias et un cabinet d'avocats, pas par le texte de l'arrêté.
    .body =
        ## La règle
        Vous êtes libre de choisir où vous vivez (loi « Sur le statut juridique des étrangers », art. 16). Mais vous devez aussi vous enregistrer à votre lieu de résidence et de séjour temporaire : les règles d'enregistrement disent que la police enregistre aux deux endroits les étrangers qui vivent de façon permanente au Kazakhstan. Les résidents permanents ont aussi cette obligation.

        ## Si vous avez la résidence permanente
        - Le ministère de l'Intérieur propose un service public pour enregistrer l'adresse d'un résident permanent.
        - Un **projet** de règles d'enregistrement prévoit **10 jours calendaires** après le déménagement. Ce n'est pas confirmé. N'attendez pas : enregistrez-vous dès que possible.
        - Un site signale une amende de **10 MRP** pour avoir vécu plus de 10 jours sans enregistrement ou sans permis valide. Le MRP (indice mensuel de calcul) sert à calculer les amendes. Son montant en tenge change chaque année.

        > [!WARNING]
        > Votre droit de circuler ne supprime pas votre obligation de vous enregistrer. Vous devez enregistrer votre nouvelle adresse.

        ## Si vous êtes ici pour un court séjour
        Votre hôte (propriétaire, hôtel ou employeur) doit signaler votre arrivée à la police dans les 3 jours ouvrables. Depuis le 1er juillet 2026, une nouvelle règle est signalée : elle pourrait aussi vous obliger à vous enregistrer vous-même en ligne au plus tard le 30e jour calendaire après votre entrée, puis de nouveau dans les 5 jours ouvrables après un changement d'adresse. Voir [la déclaration par l'hôte](article:kz-host-notification).

        ## Que faire maintenant
        1. Juste après le déménagement, demandez à la police des migrations comment enregistrer votre nouvelle adresse.
        2. Demandez quels documents il faut, et quelle loi les exige.
        3. Gardez le papier ou le reçu qui prouve votre enregistrement, avec la date.
        4. Si vous recevez une amende, vous avez le droit de la contester : voir [contester une amende](article:kz-appeal-fine).

        Pourquoi circuler et s'enregistrer sont deux choses différentes : voir [liberté de circulation](article:kz-freedom-of-movement).
