using Kinora.World;

namespace Kinora.Audio.Tests;

/// <summary>The walking test film with its world, mixed once with score, foley and stems, shared by the tests that read it.</summary>
public sealed class ScoredFilm : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kinora-scored-").FullName;
    public Kinora.Production.Production Production { get; } = TestFilms.Walking();
    public WorldModel World { get; }
    public SoundtrackFiles Files { get; }
    public SoundtrackReport Report { get; }
    public double MixSeconds { get; }

    public ScoredFilm()
    {
        World = WorldModel.Build(Production);
        Files = SoundtrackFiles.Beside(System.IO.Path.Combine(Folder, "film.wav"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Report = SoundtrackMixer.Mix(World, Files, SoundtrackOptions.Default);
        MixSeconds = clock.Elapsed.TotalSeconds;
        Wav = Wav.Read(Files.Mix);
    }

    internal Wav Wav { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
