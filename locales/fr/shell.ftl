# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = OK
action-cancel = Annuler
home-vault = Mes documents
home-vault-hint = Passeports, permis et reçus, gardés chiffrés sur ce téléphone
home-reminders-hint = Les dates limites de vos documents, et ce qu'il faut faire avant
home-journal = Journal
home-journal-hint = Chaque rencontre avec des agents, écrite et scellée
journal-correct = Corriger cette entrée
home-settings = Paramètres
# Le numéro de téléphone d'un contact n'a pas pu être appelé (une tablette sans application de téléphone).
home-no-dialer = Cet appareil ne peut pas passer d'appels. Le numéro est { $phone }.
language-first-run = Choisissez la langue de Huquq. Vous pourrez la changer plus tard sur l'écran d'accueil.
article-read-aloud = Lire à voix haute
article-stop-reading = Arrêter la lecture
article-tts-unavailable = Ce téléphone ne peut pas lire à voix haute dans cette langue. Vous pouvez ajouter une voix pour cette langue dans les paramètres de synthèse vocale du téléphone.
card-machine-translated = Traduction automatique, pas encore relue par une personne.
action-delete = Supprimer
page-share = Partager
page-share-title = Envoyer une copie de cette page
page-delete = Supprimer cette page
page-delete-confirm = Supprimer cette page du coffre ? Cette action ne peut pas être annulée.
page-unreadable = Cette page n'a pas pu être affichée.
date-pick = Calendrier
page-add-camera = Prendre une photo
page-add-picker = Choisir une photo
page-adding = Ajout de la page…
page-added = Page ajoutée.
camera-none = Aucune photo n'a été prise. Si l'appareil photo ne s'est pas ouvert, choisissez plutôt une photo. Rien n'a été enregistré.
ios-camera-usage = { -brand-name } utilise l'appareil photo uniquement pour photographier vos documents et les garder chiffrés sur ce téléphone.
picker-none = Aucune photo n'a été choisie. Rien n'a été enregistré.
storage-failed = La photo n'a pas pu être copiée : la mémoire du téléphone est peut-être pleine. Rien n'a été enregistré.
pin-saved = Le code PIN est défini.
pin-changed = Le code PIN a été changé.
pin-no-phone-key = La clé que ce téléphone garde pour le coffre ne peut pas être lue : aucun code PIN ne peut donc être défini. Rien n'a été modifié.
passphrase = Phrase secrète
passphrase-again = Répétez la phrase secrète
passphrase-suggest = Proposer une phrase secrète
passphrase-suggested = Notez cette phrase secrète et gardez-la séparément de la sauvegarde : { $passphrase }
backup-pin-prompt = Saisissez le code PIN du coffre pour faire la sauvegarde
backup-write-failed = La sauvegarde n'a pas pu être écrite à l'endroit choisi. Le coffre n'a pas changé.
restore-read-failed = Le fichier choisi n'a pas pu être lu. Rien n'a été modifié.
reminders-notifications-off = Les notifications de Huquq sont désactivées : les rappels ne peuvent donc pas s'afficher sur ce téléphone. La liste ci-dessous fonctionne quand même. Pour recevoir les rappels, autorisez les notifications de Huquq dans les paramètres du téléphone.
reminders-exact-off = Ce téléphone permet à Huquq de vous rappeler seulement à des heures approximatives : un rappel peut donc arriver un peu en retard.
reminders-allow-exact = Autoriser les heures de rappel exactes
reminders-snoozed = Vous recevrez un rappel le jour que vous avez choisi.
reminders-reopened = Les rappels pour cette date limite sont de nouveau actifs.
reminders-days-saved = Jours des rappels enregistrés.
reminders-record = Noter ce qui s'est passé
reminders-recorded = Enregistré. La date limite qui en découle est maintenant dans vos rappels.
reminders-checklists = Listes de contrôle
checklist-read-article = Lire l'article complet
app-name = { -brand-name }
home-search-hint = Rechercher dans vos droits
topic-article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
article-sources-heading = Sources
article-cards-heading = Fiches à montrer à un agent
confidence-verified = Vérifié sur le texte officiel
confidence-reported = D'après les sources citées, pas encore vérifié sur le texte officiel
confidence-unverified = Pas encore vérifié
card-official-text = En { $language }
languages-heading = Langues
error-storage = Huquq n'a pas pu lire ou écrire son dossier de données. Rien n'a été modifié.
cli-topic-open-hint = Ouvrir un thème : huquq topics THÈME
cli-read-hint = Lire un article : huquq read ARTICLE
cli-card-hint = Montrer une fiche : huquq card FICHE
contact-phone = Téléphone : { $phone }
contact-website = Site web : { $website }
cli-error = Erreur
error-crypto = L'appareil n'a pas pu créer de clé sûre. Rien n'a été enregistré.
error-photo-unreadable = La photo n'a pas pu être lue. Rien n'a été enregistré.
vault-deleted = Supprimé.
vault-erased = Tout le contenu du coffre a été effacé.
vault-backup-done = Sauvegarde écrite : { $documents } documents, { $pages } pages.
vault-restore-done = Restauré : { $documents } documents et { $pages } pages ajoutés ; { $skipped } pages étaient déjà là ; { $entries } entrées du journal ajoutées.
cli-vault-passphrase = Phrase secrète du coffre :{" "}
cli-vault-passphrase-again = Répétez la phrase secrète :{" "}
passphrase-mismatch = Les deux phrases secrètes diffèrent. Rien n'a été modifié.
cli-backup-passphrase = Phrase secrète de la sauvegarde :{" "}
cli-vault-created = Coffre créé. Gardez votre phrase secrète en lieu sûr : sans elle, personne, pas même Huquq, ne peut ouvrir vos documents.
cli-vault-erase-confirm = Ceci efface définitivement tous les documents du coffre. Relancez avec --yes pour confirmer.
cli-no-terminal-for-passphrase = Aucun terminal pour demander la phrase secrète. Indiquez-la dans la variable d'environnement { $variable }.
reminders-title = Rappels
reminders-settings = Rappels à { $time }, fuseau horaire { $zone }
calendar-exported =
    { $count ->
        [one] { $count } date limite écrite dans le fichier de calendrier.
       *[other] { $count } dates limites écrites dans le fichier de calendrier.
    }
glossary-title = Termes juridiques
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Saisir d'abord les informations

## Le dossier

casefile-done = Dossier écrit : { $pages } pages, { $entries } entrées du journal, { $pictures } images.
casefile-done-encrypted = Dossier écrit, chiffré avec age : { $pages } pages, { $entries } entrées du journal, { $pictures } images. Envoyez la phrase secrète par un autre moyen que le fichier.
cli-casefile-passphrase = Phrase secrète du dossier :{" "}
