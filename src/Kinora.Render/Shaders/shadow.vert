#version 450 core
// Invariant: the depth pre-pass (this shadow shader with the camera's matrix) and the scene pass must give
// bit-identical depths for the EQUAL test.
invariant gl_Position;
layout(location = 0) in vec3 aPosition;
layout(location = 2) in uint aInstance;

struct InstanceRecord { mat4 model; vec4 albedoRoughness; vec4 emissionMetallic; vec4 pattern; };
layout(std430, binding = 0) readonly buffer Instances { InstanceRecord records[]; };

uniform mat4 uLightViewProj;
flat out float vGlass;
void main()
{
    vGlass = records[aInstance].pattern.y;
    gl_Position = uLightViewProj * (records[aInstance].model * vec4(aPosition, 1.0));
}
