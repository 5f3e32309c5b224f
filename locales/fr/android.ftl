# Textes que l'application Android affiche elle-même : son cadre, pas le contenu.

android-ok = OK
android-cancel = Annuler

# Textes des écrans de la base de connaissances (accueil, choix de la langue, articles, fiches pour
# les agents, recherche).

android-home-vault = Mes documents
android-home-vault-hint = Passeports, permis et reçus, gardés chiffrés sur ce téléphone
android-home-reminders-hint = Les dates limites de vos documents, et ce qu'il faut faire avant
android-home-settings = Paramètres
# Le numéro de téléphone d'un contact n'a pas pu être appelé (une tablette sans application de téléphone).
android-home-no-dialer = Cet appareil ne peut pas passer d'appels. Le numéro est { $phone }.

android-language-first-run = Choisissez la langue de Huquq. Vous pourrez la changer plus tard sur l'écran d'accueil.
# Lu par les lecteurs d'écran après le nom de la langue utilisée (les noms de langues sont masculins).
android-language-selected = sélectionné

android-article-read-aloud = Lire à voix haute
android-article-stop-reading = Arrêter la lecture
android-article-tts-unavailable = Ce téléphone ne peut pas lire à voix haute dans cette langue. Vous pouvez ajouter une voix pour cette langue dans les paramètres de synthèse vocale du téléphone.

android-card-machine-translated = Traduction automatique, pas encore relue par une personne.

# Textes des écrans du coffre et des paramètres.

## L'entrée du coffre

android-vault-title = Coffre de documents
android-vault-intro = Gardez sur ce téléphone, chiffrées, les photos de votre passeport, de vos cartes, de vos décisions et de vos reçus. Seul ce téléphone peut les ouvrir, et rien n'est envoyé nulle part. Une sauvegarde que vous faites vous-même est la seule copie qui quitte le téléphone.
android-vault-create = Créer mon coffre
android-vault-pin-prompt = Saisissez le code PIN de votre coffre
android-vault-unlock = Ouvrir
android-vault-key-lost = Ce téléphone ne peut plus ouvrir le coffre : sa clé a été effacée après trop de codes PIN incorrects, ou elle est endommagée. Vous pouvez recommencer avec un coffre vide et restaurer vos documents depuis une sauvegarde.
android-vault-start-over = Recommencer avec un coffre vide
android-vault-start-over-confirm = Ceci supprime définitivement le coffre verrouillé de ce téléphone. Vos fichiers de sauvegarde ne sont pas touchés.
android-vault-lock = Verrouiller le coffre

## La liste des documents

android-vault-add-document = Ajouter un document
android-vault-expired = Expiré le { DATETIME($date) }
android-vault-expires-soon = Expire bientôt : { DATETIME($date) }
android-vault-valid-until = Valable jusqu'au { DATETIME($date) }
android-date = { DATETIME($date) }

## Un document

android-field-number = Numéro
android-field-holder = À qui est ce document
android-document-pages-heading = Pages
android-pages-none = Pas encore de pages. Prenez une photo de chaque page.
android-document-edit = Modifier
android-document-delete = Supprimer ce document
android-document-delete-confirm = Supprimer ce document et toutes ses pages du coffre ? Cette action ne peut pas être annulée.
android-delete = Supprimer
android-page-number = Page { $number }
android-page-share = Partager
android-page-share-title = Envoyer une copie de cette page
android-page-delete = Supprimer cette page
android-page-delete-confirm = Supprimer cette page du coffre ? Cette action ne peut pas être annulée.
android-page-unreadable = Cette page n'a pas pu être affichée.

## Ajouter ou modifier un document

android-kind-choose = Quel type de document est-ce ?
android-document-autosave = Tout ce que vous écrivez est enregistré tout de suite dans le coffre.
android-date-hint = 2027-02-28
android-date-pick = Calendrier
android-person-add = Quelqu'un d'autre
android-person-relation = Qui est cette personne pour vous ?
android-relation-myself = Moi
android-relation-spouse = Mari ou femme
android-relation-child = Enfant
android-relation-parent = Père ou mère
android-relation-relative = Autre membre de la famille
android-relation-other = Quelqu'un d'autre
android-page-add-camera = Prendre une photo
android-page-add-picker = Choisir une photo
android-page-adding = Ajout de la page…
android-page-added = Page ajoutée.
android-camera-none = Aucune photo n'a été prise. Si l'appareil photo ne s'est pas ouvert, choisissez plutôt une photo. Rien n'a été enregistré.
android-picker-none = Aucune photo n'a été choisie. Rien n'a été enregistré.
android-storage-failed = La photo n'a pas pu être copiée : la mémoire du téléphone est peut-être pleine. Rien n'a été enregistré.

## Paramètres

android-settings-title = Paramètres
android-settings-language = Langue
android-settings-reminder-time = Heure du rappel
android-settings-pin = Code PIN du coffre
android-settings-pin-set = Définir un code PIN pour le coffre
android-settings-pin-change = Changer le code PIN du coffre
android-pin-explain = Avec un code PIN, le coffre le demande à chaque ouverture, même quand le téléphone est déverrouillé.
android-pin-new = Nouveau code PIN
android-pin-again = Répétez le nouveau code PIN
android-pin-current = Code PIN actuel
android-pin-empty = Veuillez saisir un code PIN. Rien n'a été modifié.
android-pin-mismatch = Les deux codes PIN diffèrent. Rien n'a été modifié.
android-pin-limit-heading = Après trop de codes PIN incorrects
android-pin-limit-none = Ne jamais effacer la clé du coffre
android-pin-limit =
    { $count ->
        [one] Effacer la clé du coffre après { $count } code PIN incorrect
       *[other] Effacer la clé du coffre après { $count } codes PIN incorrects
    }
android-pin-saved = Le code PIN est défini.
android-pin-changed = Le code PIN a été changé.
android-pin-no-phone-key = La clé que ce téléphone garde pour le coffre ne peut pas être lue : aucun code PIN ne peut donc être défini. Rien n'a été modifié.
android-settings-backup = Sauvegarde
android-backup = Sauvegarder le coffre
android-backup-explain = Une sauvegarde est un seul fichier chiffré. Gardez la phrase secrète à part : sans elle, personne, pas même vous, ne peut l'ouvrir.
android-passphrase = Phrase secrète
android-passphrase-again = Répétez la phrase secrète
android-passphrase-empty = Veuillez saisir une phrase secrète. Rien n'a été modifié.
android-backup-running = Écriture de la sauvegarde…
android-backup-write-failed = La sauvegarde n'a pas pu être écrite à l'endroit choisi. Le coffre n'a pas changé.
android-restore = Restaurer depuis une sauvegarde
android-restore-explain = La restauration ajoute à ce coffre les documents d'une sauvegarde. Rien de ce qui s'y trouve déjà n'est modifié.
android-restore-running = Restauration…
android-restore-read-failed = Le fichier choisi n'a pas pu être lu. Rien n'a été modifié.
android-erase = Tout effacer
android-erase-warning = Ceci efface définitivement tous les documents et toutes les photos du coffre de ce téléphone, avec les clés qui l'ouvrent, et retire ses rappels. Les fichiers de sauvegarde que vous avez faits ne sont pas touchés. Cette action ne peut pas être annulée.

# Textes des écrans de rappels et des listes de contrôle.

## Notifications et alarmes

android-reminders-notifications-off = Les notifications de Huquq sont désactivées : les rappels ne peuvent donc pas s'afficher sur ce téléphone. La liste ci-dessous fonctionne quand même. Pour recevoir les rappels, autorisez les notifications de Huquq dans les paramètres du téléphone.
android-reminders-exact-off = Ce téléphone permet à Huquq de vous rappeler seulement à des heures approximatives : un rappel peut donc arriver un peu en retard.
android-reminders-allow-exact = Autoriser les heures de rappel exactes

## La liste des dates limites

android-reminders-mark-done = Fait : le marquer comme fait aujourd'hui
android-reminders-marked-done = Marqué comme fait.
android-reminders-follow-up = Étape suivante ajoutée à vos rappels : { $procedure }
android-reminders-snooze = Me le rappeler plus tard…
android-reminders-snoozed = Vous recevrez un rappel le jour que vous avez choisi.
android-reminders-reopen = Pas encore fait : me le rappeler de nouveau
android-reminders-reopened = Les rappels pour cette date limite sont de nouveau actifs.
android-reminders-days-before = Choisir les jours des rappels…
android-reminders-use-usual-days = Jours habituels
android-reminders-days-saved = Jours des rappels enregistrés.
android-reminders-day-option =
    { $count ->
        [0] Le jour même
        [one] { $count } jour avant
       *[other] { $count } jours avant
    }
android-reminders-open-checklist = Ce qu'il faut préparer (liste de contrôle)

## Noter ce qui s'est passé

android-reminders-record = Noter ce qui s'est passé
android-reminders-record-title = Que s'est-il passé ?
android-reminders-record-who = Qui cela concerne-t-il ?
android-reminders-record-none = Il n'y a encore rien à noter.
android-reminders-recorded = Enregistré. La date limite qui en découle est maintenant dans vos rappels.

## Listes de contrôle

android-reminders-checklists = Listes de contrôle
android-checklist-read-article = Lire l'article complet
