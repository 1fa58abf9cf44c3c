#version 450 core
invariant gl_Position;   // the depth pre-pass and the lit pass must land on the same depths
layout(location = 0) in vec3 aPosition;
layout(location = 3) in vec4 aWeights;
layout(location = 4) in uvec4 aJoints;

layout(std430, binding = 1) readonly buffer Joints { mat4 joints[]; };

uniform mat4 uLightViewProj;
uniform int uJointBase;
flat out float vGlass;   // shadow.frag's: a body is never glass

void main()
{
    vGlass = 0.0;
    int b = uJointBase;
    mat4 skin = aWeights.x * joints[b + int(aJoints.x)] + aWeights.y * joints[b + int(aJoints.y)]
              + aWeights.z * joints[b + int(aJoints.z)] + aWeights.w * joints[b + int(aJoints.w)];
    gl_Position = uLightViewProj * (skin * vec4(aPosition, 1.0));
}
