article-kz-lost-documents =
    .title = Passeport ou carte de séjour perdu ou volé
    .summary = Déclarez la perte à la police le jour même et obtenez un papier qui la confirme. Votre consulat vous donne un nouveau passeport ou un document de voyage. Demandez une nouvelle carte de séjour dans les 10 jours : un site signale une amende après ce délai.
    .keywords = vol de passeport, perte de passeport, déclaration de perte, spravka, attestation de perte, plainte pour vol, laissez-passer, passeport d'urgence, visa de sortie, ambassade, remplacer le passeport, pickpocket, perdu mes papiers, sac volé, portefeuille volé, agressé, carte de séjour volée, duplicata de la carte
    .unverified = Non confirmé : s'il faut un visa de sortie pour partir avec un document de voyage temporaire (lu seulement dans les conseils de la police d'une région et sur la page d'une agence de visas privée) ; à partir de combien de jours une déclaration est « tardive » ; quel article du Code fixe les deux amendes de 10 MRP signalées par un site ; le prix actuel, les documents et le délai pour remplacer une carte de séjour perdue ; et s'il vous faut une nouvelle carte quand vous recevez un nouveau passeport.
    .body =
        ## D'abord, le jour même : la police
        - Allez à la police là où vous êtes. Dites ce qui a été perdu ou volé, quand et où.
        - Demandez un papier (справка) qui confirme que vous avez déclaré la perte. Notez sa date et son numéro, et le nom de l'agent.
        - La police du Kazakhstan-Oriental a expliqué les étapes pour un étranger qui perd son passeport : contacter sans tarder son propre pays, déclarer la perte à la police, et obtenir un papier qui la confirme.

        > [!WARNING]
        > Un site signale une amende de **10 MRP** pour avoir prévenu la police trop tard de la perte d'un passeport ou d'une carte de séjour. Il signale aussi 10 MRP pour avoir vécu plus de **10 jours** sans carte de séjour valide. Faites la déclaration le jour même, et demandez une nouvelle carte dans les 10 jours.

        ## Votre passeport : votre consulat
        - Un nouveau passeport, ou un document pour rentrer chez vous (un certificat de retour ou un passeport d'urgence), vient de l'ambassade ou du consulat de votre pays. Le papier de la police leur est envoyé.
        - La police du Kazakhstan-Oriental et une agence de visas privée disent que, pour quitter le Kazakhstan avec un tel document temporaire, il vous faut un visa de sortie du service des migrations. Renseignez-vous auprès du service des migrations avant de voyager, et apportez le papier de la police.
        - Si vous restez, demandez par écrit au service des migrations si votre carte de séjour doit être changée à cause de votre nouveau passeport.

        ## Votre carte de séjour : une nouvelle carte
        - Les cartes sont fabriquées et remplacées selon des règles du ministère de l'Intérieur (arrêté n° 532 du 30 juin 2023, tel que modifié). Selon les nouvelles règles, les étrangers doivent donner leurs empreintes digitales. Selon un article de presse, la taxe d'État peut être payée dans une banque ou dans une application bancaire.
        - Pour une carte, la liste officielle est : le reçu de la taxe d'État, 2 photos et votre passeport valide. Apportez aussi le papier de la police. Si vous avez aussi perdu votre passeport, demandez par écrit ce qu'il faut apporter.
        - La taxe était de 0,2 MRP en 2022. Un nouveau Code des impôts s'applique depuis 2026 : vérifiez donc la taxe avant de payer.
        - Une carte est fabriquée en 7 jours ouvrables au plus (procédure rapide) ou en 17 (procédure normale). Nous ne l'avons pas confirmé pour une carte perdue.

        Nous n'avons trouvé aucune amende confirmée pour la perte elle-même.

        ## Que faire maintenant
        1. Aujourd'hui : déclarez la perte à la police et obtenez le papier.
        2. Si votre passeport a disparu, contactez votre consulat. Voir aussi [votre consulat](article:kz-consular-rights).
        3. Dans les 10 jours : demandez une nouvelle carte de séjour, avec le papier de la police, 2 photos et le reçu de la taxe.
        4. Tant que vous n'avez pas de nouveaux papiers, gardez sur vous le papier de la police et des copies de vos documents. Les photos dans le coffre de l'application vous aident : voir [gardez des copies](article:intl-keep-copies).
        5. Si quelqu'un vous demande de l'argent sans reçu, appelez le **1424**. Si vous recevez une amende, voir [contester une amende](article:kz-appeal-fine).
