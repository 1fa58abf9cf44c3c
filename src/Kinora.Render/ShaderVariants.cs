using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// Programs compiled per feature set, on first use. llvmpipe executes both sides of a branch under a lane
/// mask, so a feature switched off by a uniform (point lights by day, rain in clear weather) still costs its full
/// price; a variant without the code costs nothing.
/// </summary>
sealed class ShaderVariants(GL gl, string vertexFile, string fragmentFile) : IDisposable
{
    readonly Dictionary<string, ShaderProgram> programs = [];

    public ShaderProgram Get(params string[] defines)
    {
        string key = string.Join(',', defines);
        if (!programs.TryGetValue(key, out var program))
            programs[key] = program = new ShaderProgram(gl, vertexFile, fragmentFile, defines);
        return program;
    }

    public void Dispose()
    {
        foreach (var p in programs.Values) p.Dispose();
        programs.Clear();
    }
}
