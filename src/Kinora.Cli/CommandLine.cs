namespace Kinora.Cli;

public static class CommandLine
{
    public static int Run(string[] args) => 1;
}
