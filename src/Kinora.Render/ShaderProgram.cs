using System.Numerics;
using System.Reflection;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>A linked GLSL program built from embedded shader files, with its uniform locations cached.</summary>
sealed class ShaderProgram : IDisposable
{
    readonly GL gl;
    readonly Dictionary<string, int> locations = [];

    public uint Handle { get; }

    /// <summary>defines: preprocessor symbols for a variant ("POINT_LIGHTS"); see ShaderVariants for why.</summary>
    public ShaderProgram(GL gl, string vertexFile, string fragmentFile, params string[] defines)
    {
        this.gl = gl;
        string prelude = string.Concat(defines.Select(d => $"#define {d} 1\n"));
        uint vs = Compile(ShaderType.VertexShader, vertexFile, prelude);
        uint fs = Compile(ShaderType.FragmentShader, fragmentFile, prelude);
        Handle = gl.CreateProgram();
        gl.AttachShader(Handle, vs);
        gl.AttachShader(Handle, fs);
        gl.LinkProgram(Handle);
        gl.GetProgram(Handle, ProgramPropertyARB.LinkStatus, out int ok);
        if (ok == 0) throw new InvalidOperationException($"Linking {vertexFile}+{fragmentFile} failed: {gl.GetProgramInfoLog(Handle)}");
        gl.DetachShader(Handle, vs);
        gl.DetachShader(Handle, fs);
        gl.DeleteShader(vs);
        gl.DeleteShader(fs);
    }

    uint Compile(ShaderType type, string file, string prelude)
    {
        // GLSL has no #include: every stage gets the variant's defines and the shared functions pasted after its
        // #version line.
        string source = Expand(Load(file));
        int eol = source.IndexOf('\n');
        source = source[..(eol + 1)] + prelude + Load("common.glsl") + Load("glass.glsl") + "\n#line 2\n" + source[(eol + 1)..];
        uint shader = gl.CreateShader(type);
        gl.ShaderSource(shader, source);
        gl.CompileShader(shader);
        gl.GetShader(shader, ShaderParameterName.CompileStatus, out int ok);
        if (ok == 0) throw new InvalidOperationException($"Compiling {file} failed: {gl.GetShaderInfoLog(shader)}");
        return shader;
    }

    /// <summary>
    /// Pastes each line `#include "name.glsl"` with that shader file (one level), then restores the line count so
    /// compile errors point at the including file.
    /// </summary>
    static string Expand(string source)
    {
        if (!source.Contains("#include", StringComparison.Ordinal)) return source;
        var lines = source.Split('\n');
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("#include \"", StringComparison.Ordinal) && line.EndsWith('"'))
            {
                sb.Append(Load(line[10..^1])).Append('\n');
                sb.Append("#line ").Append(i + 2).Append('\n');
            }
            else sb.Append(lines[i]).Append('\n');
        }
        return sb.ToString();
    }

    static string Load(string file)
    {
        var assembly = typeof(ShaderProgram).Assembly;
        using var stream = assembly.GetManifestResourceStream("Kinora.Render.Shaders." + file)
            ?? throw new InvalidOperationException($"Shader resource {file} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    int Location(string name)
    {
        if (!locations.TryGetValue(name, out int loc))
            locations[name] = loc = gl.GetUniformLocation(Handle, name);
        return loc;
    }

    public void Use() => gl.UseProgram(Handle);

    public void Set(string name, float v) => gl.ProgramUniform1(Handle, Location(name), v);
    public void Set(string name, int v) => gl.ProgramUniform1(Handle, Location(name), v);
    public void Set(string name, uint v) => gl.ProgramUniform1(Handle, Location(name), v);
    public void Set(string name, int x, int y) => gl.ProgramUniform2(Handle, Location(name), x, y);
    public void Set(string name, int x, int y, int z, int w) => gl.ProgramUniform4(Handle, Location(name), x, y, z, w);
    public void Set(string name, Vector2 v) => gl.ProgramUniform2(Handle, Location(name), v.X, v.Y);
    public void Set(string name, Vector3 v) => gl.ProgramUniform3(Handle, Location(name), v.X, v.Y, v.Z);
    public void Set(string name, Vector4 v) => gl.ProgramUniform4(Handle, Location(name), v.X, v.Y, v.Z, v.W);

    public unsafe void Set(string name, Matrix4x4 m) => gl.ProgramUniformMatrix4(Handle, Location(name), 1, false, (float*)&m);

    public unsafe void Set(string name, ReadOnlySpan<Matrix4x4> values)
    {
        if (values.Length == 0) return;
        fixed (Matrix4x4* p = values) gl.ProgramUniformMatrix4(Handle, Location(name), (uint)values.Length, false, (float*)p);
    }

    public unsafe void Set(string name, ReadOnlySpan<Vector4> values)
    {
        if (values.Length == 0) return;
        fixed (Vector4* p = values) gl.ProgramUniform4(Handle, Location(name), (uint)values.Length, (float*)p);
    }

    public unsafe void Set(string name, ReadOnlySpan<Vector2> values)
    {
        if (values.Length == 0) return;
        fixed (Vector2* p = values) gl.ProgramUniform2(Handle, Location(name), (uint)values.Length, (float*)p);
    }

    public unsafe void Set(string name, ReadOnlySpan<Vector3> values)
    {
        if (values.Length == 0) return;
        fixed (Vector3* p = values) gl.ProgramUniform3(Handle, Location(name), (uint)values.Length, (float*)p);
    }

    public unsafe void Set(string name, ReadOnlySpan<int> values)
    {
        if (values.Length == 0) return;
        fixed (int* p = values) gl.ProgramUniform1(Handle, Location(name), (uint)values.Length, p);
    }

    public void Dispose() => gl.DeleteProgram(Handle);
}
