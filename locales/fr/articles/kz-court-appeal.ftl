article-kz-court-appeal =
    .title = Contester une décision de justice, par exemple une expulsion
    .summary = Si un tribunal a décidé contre vous, par exemple en ordonnant votre expulsion, vous pouvez faire un recours devant un tribunal supérieur. Agissez tout de suite : dans les affaires d'expulsion selon le Code de procédure civile, le délai n'est pas confirmé et peut être plus court que 10 jours. Dans les affaires d'infraction administrative, il est indiqué comme étant de 10 jours à partir du jour où vous recevez une copie.
    .keywords = appel, faire appel, cour d'appel, jugement, arrêté d'expulsion, reconduite à la frontière, cassation, Cour suprême, suspendre l'expulsion, délai d'appel, greffe, procédure civile, 7 jours pour partir, décision du juge, perdu mon procès, verdict, juge a ordonné l'expulsion, contester le jugement, deuxième instance
    .unverified = Non confirmé : l'article exact sur les recours contre les décisions de justice (l'article 829-4 du Code des infractions administratives est indiqué) ; si le recours se dépose au tribunal qui a décidé ou au tribunal supérieur ; si l'expulsion attend la fin du recours ; si les 10 jours sont des jours calendaires (nous comptons des jours calendaires, ce qui donne la date la plus tôt) ; le délai quand l'expulsion a été décidée selon le Code de procédure civile (il peut être plus court) ; les règles et les délais de la cassation et de la protestation du procureur ; si une interdiction d'entrée suit chaque expulsion, et pour combien de temps (le décret du gouvernement n° 175 du 6 avril 2017 prévoyait 5 ans quand l'expulsion était ordonnée par le jugement d'un tribunal pénal).
    .body =
        ## Quel genre d'affaire est la vôtre ?
        Un tribunal peut ordonner une expulsion de deux façons :

        - comme **sanction** dans une affaire d'infraction administrative, selon le Code des infractions administratives ;
        - sur **demande de la police**, selon le Code de procédure civile (orientations de la Cour suprême du 13 décembre 2013, n° 4).

        Lisez votre décision : elle cite le code. Gardez l'original et faites des copies.

        ## Le délai : 10 jours, peut-être moins
        - Dans une affaire d'expulsion selon le Code de procédure civile, le délai **n'est pas confirmé, et il peut être plus court que 10 jours**. Dans une affaire de 2022, le tribunal n'a donné à la personne que **7 jours** pour partir. Agissez le jour même.
        - Dans une affaire d'infraction administrative, vous pouvez faire un recours dans les **10 jours** à partir du jour où vous avez _reçu une copie_ de la décision (selon les informations signalées, art. 829-4). Comptez en jours calendaires, à partir du jour où vous avez reçu la copie.

        > [!WARNING]
        > N'attendez pas le 10e jour. Déposez votre recours le plus tôt possible. Un délai dépassé ne peut être rétabli que pour une raison valable, sur requête écrite.

        ## Où faire le recours
        Une décision de justice se conteste devant le **tribunal supérieur**. Demandez par écrit au greffe du tribunal qui a décidé où et comment déposer votre recours, et demandez un tampon sur votre copie.

        ## Pendant le recours
        - Il n'est pas confirmé que l'expulsion attend la décision sur le recours. Votre avocat doit poser la question au tribunal tout de suite.
        - Une personne retenue en vue de son expulsion ne peut être gardée que le temps nécessaire, et pas plus de **30 jours** (loi « Sur la migration de la population », art. 60). Il n'est pas confirmé qu'une autre règle permette de le retenir plus longtemps.
        - L'expulsion peut entraîner une **interdiction d'entrée de 5 ans au plus**. Il n'est pas confirmé qu'une interdiction de 5 ans suive chaque expulsion. Voir [l'interdiction d'entrée](article:kz-entry-ban).

        ## Vos droits
        - un défenseur (un avocat) ;
        - si vous ne connaissez pas la langue de la procédure, ou si vous ne la connaissez pas assez bien : votre langue maternelle et un interprète **gratuit** (Code des infractions administratives, art. 744 et 738) ;
        - lire le dossier, en faire des copies et présenter des preuves (Code des infractions administratives, art. 744) ;
        - les mêmes droits de procédure qu'un citoyen (loi « Sur le statut juridique des étrangers », art. 18).

        Les tribunaux doivent aussi appliquer les traités internationaux, comme le Pacte international relatif aux droits civils et politiques. Voir [un procès équitable](article:intl-fair-hearing).

        ## Après le recours
        Les décisions entrées en vigueur peuvent être réexaminées plus tard, par exemple par la Cour suprême en **cassation**, ou après une **protestation** du procureur. Les délais ne sont pas confirmés. Demandez à un avocat.

        ## Que faire maintenant
        1. Demandez une copie de la décision. Notez le jour où vous l'avez reçue.
        2. Si vous ne la comprenez pas, demandez un interprète.
        3. Obtenez [une aide juridique](article:kz-legal-aid) le jour même.
        4. Écrivez pourquoi la décision est mauvaise. Joignez des preuves : reçus, liens familiaux, travail, logement.
        5. Déposez-le, gardez une copie tamponnée et enregistrez-en une photo dans le coffre de l'application.
        6. Demandez que votre consulat soit prévenu : voir [les droits consulaires](article:kz-consular-rights).
