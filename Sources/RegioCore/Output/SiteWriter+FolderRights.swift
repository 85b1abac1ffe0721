import Foundation

extension DiskSiteWriter {
    /// The output folder's group and rights (the setgid bit included). The swap puts a new folder in
    /// its place, so they are given to the staging folder: a web server that reads the site through
    /// the folder's group keeps reading it.
    struct FolderRights: Sendable {
        let group: gid_t
        let mode: mode_t

        /// The current output folder's; nil when there is none.
        init?(of output: URL) {
            var status = stat()
            guard stat(output.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
            group = status.st_gid
            mode = status.st_mode & 0o7777
        }

        /// Sets the group and the rights on a fresh staging folder before anything is written into it:
        /// with the setgid bit, every file and folder made in it gets that group too. The owner keeps
        /// the right to write until `finish`. A warning when the group cannot be set (this user is
        /// not a member of it).
        func start(on staging: URL, output: URL) -> String? {
            var warning: String?
            if chown(staging.path, uid_t.max, group) != 0 {
                let reason = errno == EPERM ? "u bent geen lid van die groep" : FileErrorText.dutch(errno: errno)
                warning = """
                    de nieuwe site in \(output.path) heeft niet de groep van de vorige (\(Self.name(of: group))): \(reason); \
                    vraag de beheerder om de groep terug te zetten, of om u lid te maken van die groep
                    """
            }
            chmod(staging.path, mode | S_IRWXU)
            return warning
        }

        /// The folder's own rights, just before the swap.
        func finish(on staging: URL) {
            chmod(staging.path, mode)
        }

        private static func name(of group: gid_t) -> String {
            guard let entry = getgrgid(group), let name = entry.pointee.gr_name else { return "\(group)" }
            return String(cString: name)
        }
    }
}
