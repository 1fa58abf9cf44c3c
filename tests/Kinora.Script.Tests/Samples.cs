namespace Kinora.Script.Tests;

/// <summary>The shared samples, copied next to the tests so they run anywhere.</summary>
static class Samples
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static string KeeperPath => Path.Combine(Dir, "the-keeper.fountain");

    public static string Keeper => File.ReadAllText(KeeperPath);

    public static IReadOnlyList<string> Prompts =>
        File.ReadAllLines(Path.Combine(Dir, "prompts.txt")).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
}
