"""The judging core: a serialisable job in, a result out. Nothing here touches the database."""
