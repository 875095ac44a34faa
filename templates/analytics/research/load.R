# Loads a Sauat Research Data Package into R data frames with labelled factors.
# Usage, from the unzipped package folder:  source("r/load.R"); rdp <- load_rdp(lang = "kk")
# Needs only base R. Reserved codes -91..-96 become NA; their meaning is kept in attr(x, "reserved").
# (Written by Sauat for every package; it reads codebook/codebook.csv, so labels always match the data.)

load_rdp <- function(lang = "kk", dir = ".") {
  stopifnot(lang %in% c("kk", "ru", "en"))
  codebook <- read.csv(file.path(dir, "codebook", "codebook.csv"), encoding = "UTF-8",
                       stringsAsFactors = FALSE, colClasses = "character", na.strings = character(0))
  tables <- c({% for name in tables %}"{{ name }}"{% if not forloop.last %}, {% endif %}{% endfor %})
  out <- list()
  for (table in tables) {
    frame <- read.csv(file.path(dir, "data", paste0(table, ".csv")), encoding = "UTF-8",
                      stringsAsFactors = FALSE, na.strings = "")
    rows <- codebook[codebook$table == table, ]
    for (i in seq_len(nrow(rows))) {
      name <- rows$variable[i]
      if (!name %in% names(frame)) next
      x <- frame[[name]]
      attr_label <- rows[[paste0("label_", lang)]][i]
      if (nzchar(rows$missing_codes[i]) && is.numeric(x)) {
        reserved <- x %in% -96:-91
        attr(x, "reserved") <- ifelse(reserved, x, NA)
        x[reserved] <- NA
      }
      values <- rows[[paste0("values_", lang)]][i]
      if (nzchar(values) && rows$type[i] == "integer") {
        pairs <- strsplit(strsplit(values, "; ", fixed = TRUE)[[1]], "=", fixed = TRUE)
        codes <- as.numeric(vapply(pairs, `[`, "", 1))
        labels <- vapply(pairs, function(p) paste(p[-1], collapse = "="), "")
        keep <- codes >= 0
        x <- factor(x, levels = codes[keep], labels = labels[keep],
                    ordered = rows$measure[i] == "ordinal")
      }
      attr(x, "label") <- attr_label
      frame[[name]] <- x
    }
    out[[table]] <- frame
  }
  out
}
