using System.Runtime.CompilerServices;

namespace Kinora.Cli.Tests;

/// <summary>In-process renders use a render cache of their own, not the user's, and leave none behind.</summary>
static class TestCache
{
    [ModuleInitializer]
    internal static void Use()
    {
        string dir = Directory.CreateTempSubdirectory("kinora-test-cache-").FullName;
        Environment.SetEnvironmentVariable("KINORA_CACHE", dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(dir, recursive: true); } catch (IOException) { } };
    }
}
