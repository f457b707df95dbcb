/**
 * Where a backup of the list is (issue 22): its folder and its name, and whether it is in the
 * folder chosen in Cabinet (only those can be tried or restored from here, by name: a backup
 * written elsewhere by `paume backup` is restored with `paume restore`).
 */
export function backupPlace(
  file: string,
  chosenFolder: string | null,
): { folder: string; name: string; inChosenFolder: boolean } {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const folder = cut > 0 ? file.slice(0, cut) : cut === 0 ? file.slice(0, 1) : '';
  const name = file.slice(cut + 1);
  const withoutTrailing = (path: string) => (path.length > 1 ? path.replace(/[\\/]+$/, '') : path);
  return {
    folder,
    name,
    inChosenFolder: chosenFolder !== null && withoutTrailing(chosenFolder) === withoutTrailing(folder),
  };
}
