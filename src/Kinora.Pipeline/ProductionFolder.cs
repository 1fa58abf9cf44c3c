namespace Kinora.Pipeline;

/// <summary>The files of a production folder, as DESIGN.md lays them out.</summary>
public sealed record ProductionFolder(string Path)
{
    public string Screenplay => System.IO.Path.Combine(Path, "screenplay.fountain");
    public string Bible => System.IO.Path.Combine(Path, "bible.yaml");
    public string Shots => System.IO.Path.Combine(Path, "shots.yaml");
    public string Film => System.IO.Path.Combine(Path, "film.mp4");
    public string Cache => System.IO.Path.Combine(Path, "cache");

    /// <summary>Writes a file whole or not at all: a temporary sibling, then a rename.</summary>
    public static void WriteAtomically(string path, string text) => WriteAtomically(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    public static void WriteAtomically(string path, byte[] bytes)
    {
        string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        string tmp = System.IO.Path.Combine(dir, "." + System.IO.Path.GetFileName(path) + ".tmp");
        File.WriteAllBytes(tmp, bytes);
        File.Move(tmp, path, overwrite: true);
    }
}
