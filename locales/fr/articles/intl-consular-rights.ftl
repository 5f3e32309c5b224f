article-intl-consular-rights =
    .title = Les droits consulaires en droit international
    .summary = Selon la Convention de Vienne sur les relations consulaires, si vous êtes arrêté ou détenu à l'étranger, vous pouvez demander que votre consulat soit prévenu sans retard, lui écrire et recevoir la visite de consuls.
    .keywords = ambassade, assistance consulaire, notification consulaire, article 36, visite du consul, lettre au consulat, emprisonné à l'étranger, consul, protection consulaire, consulat, prévenir l'ambassade, arrêté à l'étranger, prisonnier étranger, visite en prison, contacter mon ambassade, agent consulaire
    .body =
        ## La Convention de Vienne
        La Convention de Vienne sur les relations consulaires est un traité international sur les consulats. Son article 36 protège les étrangers qui sont arrêtés ou détenus.

        ## Article 36, paragraphe 1, alinéa b : prévenir votre consulat
        - Si vous êtes arrêté, incarcéré, mis en détention préventive ou détenu de toute autre manière, et si vous le **demandez**, les autorités doivent prévenir votre consulat **sans retard**.
        - Toute lettre que vous écrivez à votre consulat doit être transmise sans retard.
        - Les autorités doivent vous informer de ces droits sans retard.

        ## Article 36, paragraphe 1, alinéa c : les visites
        - Les consuls peuvent vous rendre visite, parler avec vous et vous écrire.
        - Ils peuvent vous trouver un avocat.
        - Ils ne doivent pas agir pour vous si vous dites clairement que vous ne le voulez pas.

        > [!NOTE]
        > Le consulat est prévenu si vous le demandez. Dites-le clairement : « Je demande que mon consulat soit informé. »

        ## Au Kazakhstan
        Les règles du Kazakhstan sur l'information des consulats (arrêté conjoint du Procureur général n° 87 du 3 septembre 2014 et du ministère des Affaires étrangères) concernent les détentions en matière **pénale**. Lisez [votre consulat](article:kz-consular-rights) et [vos droits si vous êtes détenu](article:kz-detention-rights).

        ## Que faire maintenant
        1. Enregistrez les coordonnées de votre consulat dans votre téléphone et sur papier.
        2. Si vous êtes détenu, demandez tout de suite que votre consulat soit informé. Montrez la fiche « Prévenez mon consulat ».
        3. Si rien ne se passe, redemandez. Notez quand vous avez demandé, et à qui.
        4. Si vous voulez écrire à votre consulat, demandez aux agents de transmettre votre lettre.
